using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The common-ground matrix of a track: issues × actors, the share of options each actor accepts.</summary>
internal static class CommonGroundChart
{
    public static string Render(TrackAgreement track)
    {
        int issues = track.IssueIds.Length;
        int actors = track.ActorIds.Length;
        var plot = ChartStyle.New($"Common ground on the {track.Track} track", "actor", null);
        var colormap = new ScottPlot.Colormaps.Viridis();
        foreach (var cell in track.Matrix)
        {
            int i = track.IssueIds.IndexOf(cell.IssueId);
            int a = track.ActorIds.IndexOf(cell.ActorId);
            ChartStyle.Cell(plot, a, issues - 1 - i, cell.NeedsConsent ? colormap.GetColor(cell.Share) : Colors.LightGray);
            string label = cell.NeedsConsent ? $"{cell.Accepted.Length}/{cell.OptionCount}" : "—";
            var text = plot.Add.Text(label, a, issues - 1 - i);
            text.LabelFontSize = 11;
            text.LabelFontColor = cell.NeedsConsent && cell.Share > 0.6 ? Colors.Black : Colors.White;
            text.LabelAlignment = Alignment.MiddleCenter;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, actors).Select(a => (double)a)], [.. track.ActorIds]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, issues).Select(i => (double)(issues - 1 - i))], [.. track.IssueIds.Select(id => ChartStyle.Short(id))]);
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, actors - 0.5, -0.5, issues - 0.5);
        return ChartStyle.Svg(plot, 620, 120 + (34 * issues));
    }
}
