using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>
/// The scenario on a date axis: its dated positions, revisions and proposals, and (when the dynamics horizon
/// has a calendar) the horizon's first and last dates. The deal windows and the gap over time are the
/// windows lens's (<see cref="TrackTimeline"/>, each sample with its date and gap).
/// </summary>
/// <param name="HorizonStart">The date of the horizon's start, or null without a calendar horizon.</param>
/// <param name="HorizonEnd">The date of the horizon's end, or null without a calendar horizon.</param>
/// <param name="Events">Every dated position, revision and proposal, by date (then actor).</param>
public sealed record ScenarioTimeline(DateOnly? HorizonStart, DateOnly? HorizonEnd, ImmutableArray<TimelineEvent> Events)
{
    /// <summary>The first and last date the timeline shows: the horizon and every event.</summary>
    /// <remarks>A method rather than a property, so the JSON of the result does not repeat it.</remarks>
    public (DateOnly From, DateOnly To) Extent()
    {
        var dates = Events.Select(e => e.Date).Concat(new[] { HorizonStart, HorizonEnd }.OfType<DateOnly>()).ToList();
        return (dates.Min(), dates.Max());
    }
}
