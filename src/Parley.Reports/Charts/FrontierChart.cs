using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The Pareto frontier of a track in the utility plane of two actors, with walk-away lines, solutions and proposals.</summary>
internal static class FrontierChart
{
    public static string Render(TrackAgreement track, int x, int y)
    {
        string ax = track.ActorIds[x];
        string ay = track.ActorIds[y];
        var plot = ChartStyle.New($"Pareto frontier on the {track.Track} track", $"utility of {ax}", $"utility of {ay}");
        var frontier = track.Frontier.OrderBy(p => p.Utilities[x]).ToList();
        if (frontier.Count > 0)
        {
            var line = plot.Add.Scatter(frontier.Select(p => p.Utilities[x]).ToArray(), frontier.Select(p => p.Utilities[y]).ToArray());
            line.Color = ChartStyle.Neutral;
            line.LineWidth = 1.5f;
            line.MarkerSize = 5;
            line.LegendText = "Pareto frontier";
            var acceptable = frontier.Where(p => p.AcceptableToAll).ToList();
            if (acceptable.Count > 0)
            {
                var ok = plot.Add.Markers(acceptable.Select(p => p.Utilities[x]).ToArray(), acceptable.Select(p => p.Utilities[y]).ToArray(), MarkerShape.FilledCircle, 8, ChartStyle.Open);
                ok.LegendText = "acceptable to every consenting actor";
            }
        }

        var wx = plot.Add.VerticalLine(track.WalkAways[x]);
        wx.Color = ChartStyle.Closed;
        wx.LegendText = "walk-away values";
        var wy = plot.Add.HorizontalLine(track.WalkAways[y]);
        wy.Color = ChartStyle.Closed;

        var shapes = new[] { MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp, MarkerShape.FilledSquare, MarkerShape.FilledTriangleDown };
        for (int i = 0; i < track.Solutions.Length; i++)
        {
            var s = track.Solutions[i];
            var m = plot.Add.Marker(s.Utilities[x], s.Utilities[y], shapes[i % shapes.Length], 12, ChartStyle.Series(i));
            m.LegendText = s.Label;
        }

        for (int i = 0; i < track.Proposals.Length; i++)
        {
            var p = track.Proposals[i];
            var m = plot.Add.Marker(p.Utilities[x], p.Utilities[y], MarkerShape.OpenCircle, 12, ChartStyle.Series(i + 4));
            m.LineWidth = 2;
            m.LegendText = $"proposal: {ChartStyle.Short(p.Label, 40)}";
        }

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Svg(plot, 860, 460);
    }
}
