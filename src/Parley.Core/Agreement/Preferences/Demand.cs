using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>One condition one actor sets on a deal: a red line on an issue, or its walk-away value.</summary>
/// <param name="Kind">Red line or walk-away value.</param>
/// <param name="ActorId">Whose demand.</param>
/// <param name="IssueId">The issue of a red line; null for a walk-away value.</param>
/// <param name="Acceptable">The options inside the red line (empty for a walk-away value).</param>
/// <param name="WalkAway">The walk-away value (null for a red line).</param>
/// <param name="Sources">Ids of the sources the demand rests on.</param>
public sealed record Demand(
    DemandKind Kind,
    string ActorId,
    string? IssueId,
    ImmutableArray<string> Acceptable,
    double? WalkAway,
    ImmutableArray<string> Sources)
{
    /// <summary>A short sentence naming the demand, such as <c>RU red line on territory (accepts: a, b)</c>.</summary>
    public string Describe() => Kind == DemandKind.RedLine
        ? $"{ActorId} red line on {IssueId} (accepts: {string.Join(", ", Acceptable)})"
        : $"{ActorId} walk-away value {WalkAway:0.###}";
}
