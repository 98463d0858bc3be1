using System.Globalization;
using Parley.Core.Sensitivity;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// A tornado chart of what flips verdicts: one bar per (verdict, figure), from the figure's current value
/// to the value at which the verdict flips, longest change at the top; left of zero a decrease, right an increase.
/// </summary>
internal static class TornadoChart
{
    /// <summary>Up to this many bars are drawn, the smallest changes first.</summary>
    public const int MaxBars = 16;

    public static string Render(IReadOnlyList<(string Verdict, FigureFlip Flip)> rows)
    {
        var shown = rows.Where(r => r.Flip.FlipsAt is not null).OrderBy(r => Math.Abs(r.Flip.RelativeChange)).Take(MaxBars).ToList();
        var plot = ChartStyle.New("What would flip a verdict: the smallest change of one figure", "change of the figure, as a share of its scale (0–1; axis values 0–100)", null);
        for (int k = 0; k < shown.Count; k++)
        {
            double y = shown.Count - 1 - k;
            double change = shown[k].Flip.RelativeChange;
            var rect = plot.Add.Rectangle(Math.Min(0, change), Math.Max(0, change), y - 0.38, y + 0.38);
            rect.FillColor = change < 0 ? ChartStyle.Closed : ChartStyle.Open;
            rect.LineWidth = 0;
        }

        plot.Add.VerticalLine(0, 1, ChartStyle.Ink);
        double extent = shown.Count == 0 ? 1 : Math.Max(0.05, shown.Max(r => Math.Abs(r.Flip.RelativeChange))) * 1.15;
        plot.Axes.SetLimits(-extent, extent, -0.6, Math.Max(0.6, shown.Count - 0.4));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, shown.Count).Select(k => (double)(shown.Count - 1 - k))],
            [.. shown.Select(r => ChartStyle.Short($"{r.Verdict}: {Label(r.Flip)}", 48))]);
        plot.Grid.IsVisible = false;
        return ChartStyle.Svg(plot, 760, 120 + (30 * Math.Max(1, shown.Count)));
    }

    /// <summary>"walk-away of UA 0.40 → 0.59", "weight of RU on territory 0.35 → 0.10".</summary>
    public static string Label(FigureFlip flip)
    {
        string what = flip.Kind switch
        {
            FigureKind.WalkAway => $"walk-away of {flip.Actor}",
            FigureKind.Weight => $"weight of {flip.Actor} on {flip.Issue}",
            FigureKind.Capability => $"capability of {flip.Actor}",
            FigureKind.AxisValue => $"axis of {flip.Issue}: {flip.Option}",
            _ => $"preference statement {flip.Statement + 1} of {flip.Actor}",
        };
        return flip.FlipsAt is double at
            ? $"{what} {F(flip.Current)} → {F(at)}"
            : $"{what} dropped";
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
