namespace Parley.Core.Claims;

/// <summary>What a lens said to one query: a value with an explaining sentence, or why there is none.</summary>
internal readonly record struct QueryAnswer(ClaimValue? Value, string? Detail, string? Missing)
{
    public static QueryAnswer Of(double number, string? detail = null) => new(ClaimValue.Of(number), detail, null);

    public static QueryAnswer Of(bool boolean, string? detail = null) => new(ClaimValue.Of(boolean), detail, null);

    public static QueryAnswer Lacking(string missing) => new(null, null, missing);
}
