using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>Deal windows along the horizon: one row per track, open stretches in green, closed in red.</summary>
internal static class WindowsChart
{
    public static string Render(IReadOnlyList<TrackTimeline> tracks)
    {
        var first = tracks[0];
        var plot = ChartStyle.New("When is a deal possible?", $"time ({first.Unit}{(first.Start is null ? string.Empty : $" from {first.Start}")})", null);
        bool openLegend = false;
        bool closedLegend = false;
        for (int row = 0; row < tracks.Count; row++)
        {
            var t = tracks[row];
            double y = tracks.Count - 1 - row;
            for (int k = 0; k < t.Samples.Length; k++)
            {
                double from = t.Samples[k].Time;
                double to = k + 1 < t.Samples.Length ? t.Samples[k + 1].Time : t.Horizon;
                if (to <= from)
                {
                    continue;
                }

                var rect = plot.Add.Rectangle(from, to, y - 0.35, y + 0.35);
                bool open = t.Samples[k].Open;
                rect.FillColor = open ? ChartStyle.Open : ChartStyle.Closed.WithAlpha(0.55);
                rect.LineWidth = 0;
                if (open && !openLegend)
                {
                    rect.LegendText = "deal possible";
                    openLegend = true;
                }
                else if (!open && !closedLegend)
                {
                    rect.LegendText = "no deal";
                    closedLegend = true;
                }
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, tracks.Count).Select(r => (double)(tracks.Count - 1 - r))], [.. tracks.Select(t => t.Track)]);
        plot.Axes.SetLimits(0, first.Horizon, -0.6, tracks.Count - 0.4);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 900, 110 + (60 * tracks.Count));
    }
}
