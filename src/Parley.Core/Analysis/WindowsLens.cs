using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>Runs the deal-windows lens along the horizon of the scenario's dynamics.</summary>
internal static class WindowsLens
{
    public static ImmutableArray<TrackTimeline> Run(Scenario scenario, ImmutableArray<string> levers)
    {
        // Levers are passed to the windows engine rather than applied first, so a lever that starts
        // at a time along the horizon takes effect only from then.
        var result = DealWindows.Over(scenario, new DealWindowOptions { Levers = levers, Agreement = new Agreement.AgreementOptions { IncludeFrontier = false } });
        var horizon = result.Horizon;
        return [.. result.Tracks.Select(t => new TrackTimeline(
            t.Track,
            horizon.Length,
            horizon.Unit,
            horizon.Start,
            [.. t.Samples.Select(s => new TimelinePoint(s.Time, s.Open))],
            t.Windows,
            t.Explanation))];
    }
}
