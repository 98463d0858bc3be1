using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// One condition of an <see cref="InteractionTerm"/>: the settlement of an issue lies in a given set of
/// options (discrete issues) or in a closed interval (numeric issues).
/// </summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Options">The option ids that meet the condition (discrete issues); empty for numeric issues.</param>
/// <param name="Range">The interval that meets the condition (numeric issues); null for discrete issues.</param>
public sealed record InteractionCondition(string IssueId, ImmutableArray<string> Options, NumericRange? Range)
{
    /// <summary>True when option <paramref name="optionId"/> (discrete) meets the condition.</summary>
    public bool HoldsFor(string optionId) => !Options.IsDefault && Options.Contains(optionId);

    /// <summary>True when the number <paramref name="value"/> (numeric) meets the condition, within 1e-9.</summary>
    public bool HoldsFor(double value) => Range is { } r && value >= r.Min - 1e-9 && value <= r.Max + 1e-9;
}
