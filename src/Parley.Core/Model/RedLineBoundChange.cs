namespace Parley.Core.Model;

/// <summary>
/// An actor moves its red line on a numeric issue: it comes to accept numbers beyond its bound
/// (<paramref name="Accept"/> true: the acceptable range widens to <paramref name="Min"/> and/or
/// <paramref name="Max"/>), or stops accepting numbers beyond a new bound (false: the range narrows to
/// them). The change applies to the actor's stand and to every dated revision of it.
/// </summary>
/// <param name="ActorId">Whose red line.</param>
/// <param name="IssueId">The numeric issue.</param>
/// <param name="Min">The new lower bound, or null when it does not move.</param>
/// <param name="Max">The new upper bound, or null when it does not move.</param>
/// <param name="Accept">True to widen the acceptable range, false to narrow it.</param>
public sealed record RedLineBoundChange(string ActorId, string IssueId, double? Min, double? Max, bool Accept) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe()
    {
        string bounds = (Min, Max) switch
        {
            ({ } lo, { } hi) => $"between {Show(lo)} and {Show(hi)}",
            ({ } lo, null) => Accept ? $"down to {Show(lo)}" : $"below {Show(lo)}",
            (null, { } hi) => Accept ? $"up to {Show(hi)}" : $"above {Show(hi)}",
            _ => "no new bound",
        };
        return Accept ? $"{ActorId} accepts {IssueId} {bounds}" : $"{ActorId} no longer accepts {IssueId} {bounds}";
    }

    private static string Show(double x) => x.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
