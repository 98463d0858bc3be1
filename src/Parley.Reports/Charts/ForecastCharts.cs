using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The forecast of one issue: the expected-utility path over rounds, and the Monte Carlo histogram.</summary>
internal static class ForecastCharts
{
    public static string Path(IssueForecast forecast)
    {
        var plot = ChartStyle.New("Forecast round by round", "round", forecast.Unit);
        if (forecast.Path.Length > 0)
        {
            var xs = Enumerable.Range(0, forecast.Path.Length).Select(i => (double)i).ToArray();
            var line = plot.Add.Scatter(xs, forecast.Path.ToArray());
            line.Color = ChartStyle.Ink;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = "expected utility model";
        }

        for (int i = 0; i < forecast.Positions.Length; i++)
        {
            var p = forecast.Positions[i];
            var m = plot.Add.Marker(0, p.Value, MarkerShape.FilledCircle, (float)(6 + (10 * Math.Min(1, p.Capability))), ChartStyle.Series(i + 1).WithAlpha(0.7));
            m.LegendText = $"{p.ActorId} position";
        }

        var median = plot.Add.HorizontalLine(forecast.Uncertainty.Median);
        median.Color = ChartStyle.Closed;
        median.LegendText = "Monte Carlo median";
        plot.Axes.SetLimitsY(Math.Min(forecast.AxisMin, forecast.AxisMax), Math.Max(forecast.AxisMin, forecast.AxisMax));
        plot.Axes.SetLimitsX(-0.5, Math.Max(1, forecast.Path.Length - 1) + 0.5);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 460, 330);
    }

    public static string Histogram(IssueForecast forecast)
    {
        var u = forecast.Uncertainty;
        var plot = ChartStyle.New($"Spread over {u.Runs} draws", forecast.Unit, "draws");
        var bars = u.Histogram.Select(b => new Bar
        {
            Position = (b.From + b.To) / 2,
            Value = b.Count,
            Size = Math.Abs(b.To - b.From) * 0.92,
            FillColor = ChartStyle.Open,
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        var p05 = plot.Add.VerticalLine(u.P05);
        p05.Color = ChartStyle.Neutral;
        p05.LegendText = "5 % and 95 %";
        var p95 = plot.Add.VerticalLine(u.P95);
        p95.Color = ChartStyle.Neutral;
        var median = plot.Add.VerticalLine(u.Median);
        median.Color = ChartStyle.Closed;
        median.LineWidth = 2;
        median.LegendText = "median";
        plot.Axes.SetLimitsX(Math.Min(forecast.AxisMin, forecast.AxisMax), Math.Max(forecast.AxisMin, forecast.AxisMax));
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 460, 330);
    }
}
