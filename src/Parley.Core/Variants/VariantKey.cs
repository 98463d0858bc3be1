using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Variants;

/// <summary>
/// Names one variant of a scenario: the levers pulled together, in order, and optionally a time on the
/// dynamics horizon or a calendar date. Written <c>as-given</c>, <c>a</c>, <c>a+b</c>, <c>a+b@6</c>,
/// <c>a+b@2025-06-02</c> everywhere (CLI, claims, JSON).
/// </summary>
/// <remarks>
/// A key has a time or a date, never both: a date is the scenario as of that day (see
/// <see cref="ScenarioVariant.Derive(Model.Scenario, VariantKey)"/>), a time the scenario at that point of the horizon. Dates are
/// always written <c>YYYY-MM-DD</c>, so a date never reads as a time (<c>@2025</c> is the time 2025).
/// </remarks>
public sealed record VariantKey
{
    /// <summary>The token of the scenario as given, with no lever pulled.</summary>
    public const string AsGivenId = "as-given";

    /// <summary>Creates a key; duplicate lever ids are kept once, at their first place.</summary>
    /// <exception cref="ArgumentException">Both a time and a date are given.</exception>
    public VariantKey(IEnumerable<string> levers, double? at = null, DateOnly? date = null)
    {
        if (at is not null && date is not null)
        {
            throw new ArgumentException("A variant is taken at a time on the horizon or as of a date, not both.", nameof(date));
        }

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
        Date = date;
        Id = (Levers.IsEmpty ? AsGivenId : string.Join("+", Levers))
            + (at is { } t ? "@" + t.ToString("R", CultureInfo.InvariantCulture)
                : date is { } d ? "@" + FormatDate(d) : string.Empty);
    }

    /// <summary>The scenario as given.</summary>
    public static VariantKey AsGiven { get; } = new([]);

    /// <summary>The levers pulled together, in order.</summary>
    public ImmutableArray<string> Levers { get; }

    /// <summary>The time on the horizon, or null for the scenario without time.</summary>
    public double? At { get; }

    /// <summary>The calendar date the variant is taken as of, or null for none.</summary>
    public DateOnly? Date { get; }

    /// <summary>The variant's token: <c>as-given</c> or the lever ids joined by <c>+</c>, then <c>@time</c> or <c>@YYYY-MM-DD</c>.</summary>
    public string Id { get; }

    /// <summary>Whether no lever is pulled and neither a time nor a date is set.</summary>
    public bool IsAsGiven => Levers.IsEmpty && At is null && Date is null;

    /// <summary>Whether a time or a date is set.</summary>
    public bool IsTimed => At is not null || Date is not null;

    /// <summary>A date as every output prints it: <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a lever combination as written on the command line: ids joined by <c>+</c> (<c>a+b</c>), or
    /// <c>as-given</c>. Blank parts are dropped; whether the ids exist is checked by <see cref="ScenarioVariant.Derive(Model.Scenario, VariantKey)"/>.
    /// </summary>
    public static VariantKey Parse(string text, double? at = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != AsGivenId);
        return new VariantKey(parts, at);
    }

    /// <summary>The key with <paramref name="more"/> levers pulled after these.</summary>
    public VariantKey With(IEnumerable<string> more) => new(Levers.Concat(more), At, Date);

    /// <summary>The key's levers taken at <paramref name="time"/> (null: without time or date); the key's date is dropped.</summary>
    public VariantKey AtTime(double? time) => new(Levers, time);

    /// <summary>The key's levers taken as of <paramref name="date"/> (null: without time or date); the key's time is dropped.</summary>
    public VariantKey AsOf(DateOnly? date) => new(Levers, null, date);

    /// <inheritdoc />
    public bool Equals(VariantKey? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
