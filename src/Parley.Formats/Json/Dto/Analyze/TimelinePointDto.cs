using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One scanned time of a track's timeline.</summary>
/// <param name="Time">The time along the horizon.</param>
/// <param name="Open">Whether some package is acceptable to every consenting actor then.</param>
/// <param name="Date">The calendar date of <c>Time</c> when the horizon has a calendar, or null.</param>
/// <param name="ShutBy">What keeps the deal shut then: <c>red-lines</c>, <c>walk-aways</c>, <c>red-lines-and-walk-aways</c>, <c>combination</c>; null when a deal is possible.</param>
/// <param name="SmallestBlockingSet">The fewest demands that must be relaxed for a deal then (0 when open; null when the search budget ran out).</param>
/// <param name="WalkAwayShortfall">The utility distance to the nearest acceptable package then: how far every walk-away value would have to fall for a package inside the red lines to be acceptable to all (0 when open; null when the red lines alone block, so no fall of walk-away values opens a deal).</param>
public sealed record TimelinePointDto(
    double Time,
    bool Open,
    DateOnly? Date,
    string? ShutBy,
    int? SmallestBlockingSet,
    double? WalkAwayShortfall)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static TimelinePointDto From(TimelinePoint value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Time,
            value.Open,
            value.Date,
            value.ShutBy is { } barrier ? EnumTokens.Of(barrier) : null,
            value.SmallestBlockingSet,
            value.WalkAwayShortfall);
    }
}
