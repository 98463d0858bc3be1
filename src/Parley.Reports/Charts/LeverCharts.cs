using Parley.Core.Agreement;
using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The variants side by side: the agreement verdict per track, and the forecast medians per issue.</summary>
internal static class LeverCharts
{
    public static string Verdicts(AnalysisResult result)
    {
        var variants = result.Variants.Where(v => v.Failure is null).ToList();
        var tracks = result.Tracks;
        var data = new double[variants.Count, tracks.Length];
        for (int v = 0; v < variants.Count; v++)
        {
            for (int t = 0; t < tracks.Length; t++)
            {
                var track = variants[v].Agreement.FirstOrDefault(a => a.Track == tracks[t]);
                data[v, t] = track is null || track.Verdict == AgreementVerdict.NoPositions ? double.NaN : track.Verdict == AgreementVerdict.AgreementPossible ? 1 : 0;
            }
        }

        var plot = ChartStyle.New("Is a deal possible? Each lever side by side", "track", null);
        for (int v = 0; v < variants.Count; v++)
        {
            for (int t = 0; t < tracks.Length; t++)
            {
                ChartStyle.Cell(plot, t, variants.Count - 1 - v, double.IsNaN(data[v, t]) ? Colors.LightGray : data[v, t] > 0.5 ? ChartStyle.Open : ChartStyle.Closed);
                string label = double.IsNaN(data[v, t]) ? "no positions" : data[v, t] > 0.5 ? "deal possible" : "no deal";
                var text = plot.Add.Text(label, t, variants.Count - 1 - v);
                text.LabelFontSize = 11;
                text.LabelFontColor = Colors.White;
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, tracks.Length).Select(t => (double)t)], [.. tracks]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, variants.Count).Select(v => (double)(variants.Count - 1 - v))], [.. variants.Select(v => ChartStyle.Short(v.Id, 34))]);
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, tracks.Length - 0.5, -0.5, variants.Count - 0.5);
        return ChartStyle.Svg(plot, 760, 110 + (34 * variants.Count));
    }

    public static string Medians(AnalysisResult result)
    {
        var variants = result.Variants.Where(v => v.Failure is null && v.Forecasts.Length > 0).ToList();
        var issues = result.Variants[0].Forecasts.Select(f => f.IssueId).ToList();
        var plot = ChartStyle.New("Forecast medians (share of each issue's scale) under each lever", null, "median, % of scale");
        for (int v = 0; v < variants.Count; v++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            foreach (var f in variants[v].Forecasts)
            {
                int i = issues.IndexOf(f.IssueId);
                if (i < 0)
                {
                    continue;
                }

                // Jitter variants sideways so equal medians stay visible.
                xs.Add(i + ((v - ((variants.Count - 1) / 2.0)) * 0.06));
                ys.Add(100 * (f.Uncertainty.Median - f.AxisMin) / (f.AxisMax - f.AxisMin));
            }

            var m = plot.Add.Markers(xs.ToArray(), ys.ToArray(), v == 0 ? MarkerShape.FilledDiamond : MarkerShape.FilledCircle, v == 0 ? 11 : 7, ChartStyle.Series(v));
            m.LegendText = ChartStyle.Short(variants[v].Id, 34);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, issues.Count).Select(i => (double)i)], [.. issues.Select(i => ChartStyle.Short(i, 16))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Axes.SetLimits(-0.6, issues.Count - 0.4, -3, 103);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Svg(plot, 1000, 480);
    }
}
