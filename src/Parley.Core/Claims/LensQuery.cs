using System.Collections.Immutable;

namespace Parley.Core.Claims;

/// <summary>
/// A question to one lens and the property of its answer that the test reads, such as
/// <c>forecast(issue: territory).median</c> or <c>forecast(issue: territory).probabilityInside(actor: UA)</c>.
/// </summary>
/// <param name="Lens">The lens: <c>agreement</c>, <c>stability</c>, <c>forecast</c> or <c>window</c>.</param>
/// <param name="Arguments">The lens call's named arguments, as written.</param>
/// <param name="Property">The property read from the lens result.</param>
/// <param name="PropertyArguments">The property's arguments, as written (empty for most properties).</param>
/// <param name="Type">The type of the property's value.</param>
/// <param name="Offset">Where the lens name starts.</param>
/// <param name="Length">Characters up to the end of the property.</param>
public sealed record LensQuery(
    string Lens,
    ImmutableArray<ClaimArgument> Arguments,
    string Property,
    ImmutableArray<ClaimArgument> PropertyArguments,
    ClaimValueType Type,
    int Offset,
    int Length) : ClaimExpression(Offset, Length)
{
    /// <summary>The value of argument <paramref name="name"/> of the lens call, or null when not given.</summary>
    public string? Argument(string name) => Find(Arguments, name)?.Value;

    /// <summary>The value of argument <paramref name="name"/> of the property, or null when not given.</summary>
    public string? PropertyArgument(string name) => Find(PropertyArguments, name)?.Value;

    /// <inheritdoc />
    public override string ToString()
    {
        static string Join(ImmutableArray<ClaimArgument> args) => string.Join(", ", args.Select(a => $"{a.Name}: {a.Value}"));
        string property = PropertyArguments.IsDefaultOrEmpty ? Property : $"{Property}({Join(PropertyArguments)})";
        return $"{Lens}({Join(Arguments)}).{property}";
    }

    private static ClaimArgument? Find(ImmutableArray<ClaimArgument> args, string name)
    {
        foreach (var a in args)
        {
            if (string.Equals(a.Name, name, StringComparison.Ordinal))
            {
                return a;
            }
        }

        return null;
    }
}
