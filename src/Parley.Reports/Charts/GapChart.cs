using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The gap over time on one track: the fewest demands that must be relaxed for a deal (left axis) and the
/// utility distance to the nearest acceptable package, how far every walk-away value would have to fall
/// (right axis), at each scanned date (0 where a deal is possible).
/// </summary>
internal static class GapChart
{
    public static string Render(TrackTimeline track)
    {
        bool dates = track.Samples.All(s => s.Date is not null);
        string axis = dates ? "date" : $"time ({track.Unit})";
        var plot = ChartStyle.New($"How far from a deal on {track.Track}?", axis, "demands to relax (smallest blocking set)");
        double X(TimelinePoint p) => dates ? TimelineChart.X(p.Date!.Value) : p.Time;

        var blocking = track.Samples.Where(p => p.SmallestBlockingSet is not null).ToList();
        if (blocking.Count > 0)
        {
            var line = plot.Add.Scatter(blocking.Select(X).ToArray(), blocking.Select(p => (double)p.SmallestBlockingSet!.Value).ToArray(), ChartStyle.Closed);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = "smallest blocking set (left)";
        }

        var shortfall = track.Samples.Where(p => p.WalkAwayShortfall is not null).ToList();
        if (shortfall.Count > 0)
        {
            var line = plot.Add.Scatter(shortfall.Select(X).ToArray(), shortfall.Select(p => p.WalkAwayShortfall!.Value).ToArray(), ChartStyle.Ink);
            line.Axes.YAxis = plot.Axes.Right;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = "utility distance to the nearest acceptable package (right)";
        }

        // Red lines that alone block leave no walk-away shortfall to draw: no right axis then.
        plot.Axes.Right.Label.Text = shortfall.Count > 0 ? "utility distance" : string.Empty;
        plot.Axes.Right.IsVisible = shortfall.Count > 0;
        if (dates)
        {
            TimelineChart.DateAxis(plot);
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        double most = blocking.Count == 0 ? 1 : Math.Max(1, blocking.Max(p => p.SmallestBlockingSet!.Value));
        plot.Axes.SetLimitsY(-0.2, most + 0.5, plot.Axes.Left);
        plot.Axes.SetLimitsY(-0.02, Math.Max(0.1, shortfall.Count == 0 ? 0.1 : shortfall.Max(p => p.WalkAwayShortfall!.Value) * 1.15), plot.Axes.Right);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 900, 340);
    }
}
