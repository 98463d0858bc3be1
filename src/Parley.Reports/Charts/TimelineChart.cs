using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The scenario on a date axis: one row per actor with its dated positions, revisions and proposals, then one
/// row per track with the deal windows (green where a deal is possible, red where none), when the horizon has dates.
/// </summary>
internal static class TimelineChart
{
    public static string Render(ScenarioTimeline timeline, IReadOnlyList<TrackTimeline> tracks)
    {
        var actors = timeline.Events.Select(e => e.ActorId).Distinct().ToList();
        var dated = tracks.Where(t => t.Samples.All(s => s.Date is not null) && t.Samples.Length > 0).ToList();
        var labels = actors.Concat(dated.Select(t => "deal: " + t.Track)).ToList();
        int rows = labels.Count;
        var plot = ChartStyle.New("Positions, proposals and deal windows over time", "date", null);
        double Y(int row) => rows - 1 - row;

        var kinds = new (string Kind, MarkerShape Shape, Color Color, string Legend)[]
        {
            ("position", MarkerShape.FilledCircle, ChartStyle.Ink, "position stated"),
            ("revision", MarkerShape.FilledDiamond, ChartStyle.Series(3), "position revised"),
            ("proposal", MarkerShape.FilledSquare, ChartStyle.Series(5), "proposal made"),
        };
        foreach (var (kind, shape, color, legend) in kinds)
        {
            var events = timeline.Events.Where(e => e.Kind == kind).ToList();
            if (events.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(
                events.Select(e => X(e.Date)).ToArray(),
                events.Select(e => Y(actors.IndexOf(e.ActorId))).ToArray(),
                shape,
                12,
                color);
            markers.LegendText = legend;
        }

        bool openLegend = false, closedLegend = false;
        for (int k = 0; k < dated.Count; k++)
        {
            var t = dated[k];
            double y = Y(actors.Count + k);
            for (int i = 0; i < t.Samples.Length; i++)
            {
                double from = X(t.Samples[i].Date!.Value);
                double to = i + 1 < t.Samples.Length ? X(t.Samples[i + 1].Date!.Value) : timeline.HorizonEnd is { } end ? X(end) : from;
                if (to <= from)
                {
                    continue;
                }

                var rect = plot.Add.Rectangle(from, to, y - 0.3, y + 0.3);
                bool open = t.Samples[i].Open;
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

        var (first, last) = timeline.Extent();
        double pad = Math.Max(5, (last.DayNumber - first.DayNumber) * 0.03);
        DateAxis(plot);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, rows).Select(r => Y(r))], [.. labels.Select(l => ChartStyle.Short(l, 24))]);
        plot.Axes.SetLimits(X(first) - pad, X(last) + pad, -0.7, rows - 0.3);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 960, 130 + (46 * rows));
    }

    /// <summary>A date axis at the bottom whose labels are ISO dates (YYYY-MM-DD), as every output prints dates.</summary>
    public static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A date as the chart's x value (OLE automation days, what ScottPlot's date axis reads).</summary>
    public static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
