using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The scenario on a date axis: its dated positions, revisions and proposals, and (when the dynamics horizon has a calendar) the horizon's first and last dates. The deal windows and the gap over time are the windows lens's (<c>TrackTimeline</c>, each sample with its date and gap).</summary>
/// <param name="HorizonStart">The date of the horizon's start, or null without a calendar horizon.</param>
/// <param name="HorizonEnd">The date of the horizon's end, or null without a calendar horizon.</param>
/// <param name="Events">Every dated position, revision and proposal, by date (then actor).</param>
public sealed record ScenarioTimelineDto(
    DateOnly? HorizonStart,
    DateOnly? HorizonEnd,
    IEnumerable<TimelineEventDto> Events)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ScenarioTimelineDto From(ScenarioTimeline value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.HorizonStart,
            value.HorizonEnd,
            value.Events.Select(TimelineEventDto.From));
    }
}
