using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Core.Analysis;

/// <summary>Runs the deal-windows lens along the horizon of the scenario's dynamics.</summary>
internal static class WindowsLens
{
    public static ImmutableArray<TrackTimeline> Run(LensSession session, VariantKey key)
    {
        // The session passes levers to the windows engine rather than applying them first, so a lever
        // that starts at a time along the horizon takes effect only from then.
        var result = session.Windows(key)!.Windows!;
        var horizon = result.Horizon;
        return [.. result.Tracks.Select(t => new TrackTimeline(
            t.Track,
            horizon.Length,
            horizon.Unit,
            horizon.Start,
            [.. t.Samples.Select(Point)],
            t.Windows,
            t.Explanation))];
    }

    // The gap at a closed sample (how many demands, how much utility) is what the report's gap chart draws.
    private static TimelinePoint Point(TrackSample s) => new(s.Time, s.Open)
    {
        Date = s.Date,
        ShutBy = s.Gap is { Barrier: not DealBarrier.None } gap ? gap.Barrier : null,
        SmallestBlockingSet = s.Open ? 0 : s.Gap?.SmallestBlockingSet,
        WalkAwayShortfall = s.Open ? 0 : s.Gap?.WalkAwayShortfall,
    };
}
