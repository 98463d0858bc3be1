using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The windows lens on one track: when along the horizon a deal is possible.</summary>
/// <param name="Track">The track.</param>
/// <param name="Horizon">The horizon's length.</param>
/// <param name="Unit">Its unit (months, weeks …).</param>
/// <param name="Start">The calendar start of the horizon, if given.</param>
/// <param name="Samples">Times scanned, with whether the agreement space is open then.</param>
/// <param name="Windows">The open windows, each with the interval its ends are known to lie in.</param>
/// <param name="Explanation">The answer in sentences.</param>
public sealed record TrackTimelineDto(
    string Track,
    double Horizon,
    string Unit,
    string? Start,
    IEnumerable<TimelinePointDto> Samples,
    IEnumerable<DealWindowDto> Windows,
    string Explanation)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static TrackTimelineDto From(TrackTimeline value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Track,
            value.Horizon,
            value.Unit,
            value.Start,
            value.Samples.Select(TimelinePointDto.From),
            value.Windows.Select(DealWindowDto.From),
            value.Explanation);
    }
}
