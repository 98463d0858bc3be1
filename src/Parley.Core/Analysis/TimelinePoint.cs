using Parley.Core.Agreement;

namespace Parley.Core.Analysis;

/// <summary>One scanned time of a track's timeline.</summary>
/// <param name="Time">The time along the horizon.</param>
/// <param name="Open">Whether some package is acceptable to every consenting actor then.</param>
public sealed record TimelinePoint(double Time, bool Open)
{
    /// <summary>The calendar date of <see cref="Time"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>What keeps the deal shut then; null when a deal is possible.</summary>
    public DealBarrier? ShutBy { get; init; }

    /// <summary>The fewest demands that must be relaxed for a deal then (0 when open; null when the search budget ran out).</summary>
    public int? SmallestBlockingSet { get; init; }

    /// <summary>
    /// The utility distance to the nearest acceptable package then: how far every walk-away value would have
    /// to fall for a package inside the red lines to be acceptable to all (0 when open; null when the red lines
    /// alone block, so no fall of walk-away values opens a deal).
    /// </summary>
    public double? WalkAwayShortfall { get; init; }
}
