using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>Runs the deal-windows lens along the horizon of the scenario's dynamics.</summary>
internal static class WindowsLens
{
    public static ImmutableArray<TrackTimeline> Run(Scenario scenario, ImmutableArray<string> levers, int steps)
    {
        // Levers are passed to the windows engine rather than applied first, so a lever that starts
        // at a time along the horizon takes effect only from then.
        double length = scenario.Dynamics!.Horizon.Length;
        int n = Math.Max(1, steps);
        var result = DealWindows.Over(scenario, new DealWindowOptions
        {
            Step = length / n,
            Precision = length / (4 * n),
            Levers = levers,
            Agreement = new Agreement.AgreementOptions { IncludeFrontier = false, MaxBlockingSets = 1 },
        });
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
