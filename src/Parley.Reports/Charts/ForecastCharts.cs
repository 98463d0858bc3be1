using Parley.Core.Analysis;
using Parley.Formats.Text;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The forecast of one issue: the expected-utility path over rounds, the Monte Carlo histogram, and a tornado of the inputs.</summary>
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

        // A split forecast has no one value: a line per mode with its share; an undetermined one, none.
        var shape = forecast.Uncertainty.Shape;
        if (shape.Reading == Core.Forecast.ForecastReading.Split)
        {
            foreach (var mode in shape.Modes)
            {
                var line = plot.Add.HorizontalLine(mode.Value);
                line.Color = ChartStyle.Closed;
                line.LinePattern = LinePattern.Dashed;
                line.LegendText = $"Monte Carlo mode, {Math.Round(mode.Share * 100)} % of draws";
            }
        }
        else if (shape.Reading == Core.Forecast.ForecastReading.Point)
        {
            var median = plot.Add.HorizontalLine(forecast.Uncertainty.Median);
            median.Color = ChartStyle.Closed;
            median.LegendText = "Monte Carlo median";
        }
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
        if (u.Shape.Reading == Core.Forecast.ForecastReading.Point)
        {
            var median = plot.Add.VerticalLine(u.Median);
            median.Color = ChartStyle.Closed;
            median.LineWidth = 2;
            median.LegendText = "median";
        }
        else if (u.Shape.Reading == Core.Forecast.ForecastReading.Split)
        {
            foreach (var mode in u.Shape.Modes)
            {
                var line = plot.Add.VerticalLine(mode.Value);
                line.Color = ChartStyle.Closed;
                line.LineWidth = 2;
                line.LegendText = $"mode, {Math.Round(mode.Share * 100)} %";
            }
        }
        plot.Axes.SetLimitsX(Math.Min(forecast.AxisMin, forecast.AxisMax), Math.Max(forecast.AxisMin, forecast.AxisMax));
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Svg(plot, 460, 330);
    }

    /// <summary>A tornado of one model's forecast: per input, the forecast with it at its low and high end (the widest first, at the top).</summary>
    public static string Tornado(IssueForecast forecast, ModelEstimate model)
    {
        var bars = model.Sensitivity.Where(b => b.Swing > 0).Take(8).ToList();
        var plot = ChartStyle.New($"What moves the {ForecastWording.ModelName(model.Model)} forecast", forecast.Unit);
        double center = model.Value ?? (forecast.AxisMin + forecast.AxisMax) / 2;
        var shapes = new List<Bar>();
        for (int i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            double y = bars.Count - 1 - i;
            shapes.Add(new Bar { Position = y, ValueBase = center, Value = b.AtMinimum, FillColor = ChartStyle.Closed, LineWidth = 0, Size = 0.7 });
            shapes.Add(new Bar { Position = y, ValueBase = center, Value = b.AtMaximum, FillColor = ChartStyle.Open, LineWidth = 0, Size = 0.7 });
        }

        if (shapes.Count > 0)
        {
            var plotted = plot.Add.Bars(shapes);
            plotted.Horizontal = true;
        }

        var line = plot.Add.VerticalLine(center);
        line.Color = ChartStyle.Ink;
        line.LegendText = "forecast as given";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, bars.Count).Select(i => (double)(bars.Count - 1 - i))],
            [.. bars.Select(b => $"{b.Input.ToString().ToLowerInvariant()} {b.ActorId}{(b.FlipsMode ? " (flips)" : string.Empty)}{(b.RangeStated ? string.Empty : "*")}")]);
        plot.Axes.SetLimitsX(Math.Min(forecast.AxisMin, forecast.AxisMax), Math.Max(forecast.AxisMin, forecast.AxisMax));
        plot.Axes.SetLimitsY(-0.6, Math.Max(1, bars.Count) - 0.4);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.Svg(plot, 460, 330);
    }
}
