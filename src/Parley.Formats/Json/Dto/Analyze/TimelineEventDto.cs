using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One dated event of the scenario: a position stated, a position revised, or a proposal made.</summary>
/// <param name="Date">When.</param>
/// <param name="Kind"><c>position</c>, <c>revision</c> or <c>proposal</c>.</param>
/// <param name="ActorId">The actor whose position it is, or who made the proposal.</param>
/// <param name="Label">What happened, in a few words ("revises wage-rise, walk-away value"; the proposal's name).</param>
/// <param name="Sources">Ids of its sources.</param>
public sealed record TimelineEventDto(
    DateOnly Date,
    string Kind,
    string ActorId,
    string Label,
    IEnumerable<string> Sources)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static TimelineEventDto From(TimelineEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Date,
            value.Kind,
            value.ActorId,
            value.Label,
            value.Sources);
    }
}
