using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Variants;

/// <summary>
/// Names one variant of a scenario: the levers pulled together, in order, and optionally a time on the
/// dynamics horizon. Written <c>as-given</c>, <c>a</c>, <c>a+b</c>, <c>a+b@6</c> everywhere (CLI, claims, JSON).
/// </summary>
public sealed record VariantKey
{
    /// <summary>The token of the scenario as given, with no lever pulled.</summary>
    public const string AsGivenId = "as-given";

    /// <summary>Creates a key; duplicate lever ids are kept once, at their first place.</summary>
    public VariantKey(IEnumerable<string> levers, double? at = null)
    {
        ArgumentNullException.ThrowIfNull(levers);
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var lever in levers)
        {
            if (!builder.Contains(lever))
            {
                builder.Add(lever);
            }
        }

        Levers = builder.ToImmutable();
        At = at;
        Id = (Levers.IsEmpty ? AsGivenId : string.Join("+", Levers))
            + (at is { } t ? "@" + t.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
    }

    /// <summary>The scenario as given.</summary>
    public static VariantKey AsGiven { get; } = new([]);

    /// <summary>The levers pulled together, in order.</summary>
    public ImmutableArray<string> Levers { get; }

    /// <summary>The time on the horizon, or null for the scenario without time.</summary>
    public double? At { get; }

    /// <summary>The variant's token: <c>as-given</c> or the lever ids joined by <c>+</c>, then <c>@time</c> when timed.</summary>
    public string Id { get; }

    /// <summary>Whether no lever is pulled and no time is set.</summary>
    public bool IsAsGiven => Levers.IsEmpty && At is null;

    /// <summary>
    /// Reads a lever combination as written on the command line: ids joined by <c>+</c> (<c>a+b</c>), or
    /// <c>as-given</c>. Blank parts are dropped; whether the ids exist is checked by <see cref="ScenarioVariant.Derive"/>.
    /// </summary>
    public static VariantKey Parse(string text, double? at = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != AsGivenId);
        return new VariantKey(parts, at);
    }

    /// <summary>The key with <paramref name="more"/> levers pulled after these.</summary>
    public VariantKey With(IEnumerable<string> more) => new(Levers.Concat(more), At);

    /// <summary>The key taken at <paramref name="time"/> (null: without time).</summary>
    public VariantKey AtTime(double? time) => new(Levers, time);

    /// <inheritdoc />
    public bool Equals(VariantKey? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
