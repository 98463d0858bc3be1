using Parley.Core.Analysis;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The graph of states: states on a circle in state order, unilateral improvements as arrows coloured
/// by mover, equilibria and the status quo marked, the status-quo path drawn thick.
/// </summary>
internal static class StateGraphChart
{
    public static string Render(StabilitySummary stability, ConceptStability concept)
    {
        var plot = ChartStyle.New($"States, improvements and {concept.Concept.ToString().ToUpperInvariant()} equilibria");
        int n = stability.States.Length;
        var place = new Dictionary<int, Coordinates>();
        for (int k = 0; k < n; k++)
        {
            // A circle keeps every arrow visible without a layout solver; state order runs clockwise from the top.
            double angle = (Math.PI / 2) - (2 * Math.PI * k / n);
            place[stability.States[k].Index] = new Coordinates(Math.Cos(angle), Math.Sin(angle));
        }

        var movers = stability.DecisionMakers;
        var legendDone = new HashSet<string>();
        foreach (var edge in stability.Edges.Where(e => e.Improvement))
        {
            if (!place.TryGetValue(edge.From, out var from) || !place.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var tip = Shorten(from, to, 0.09);
            var arrow = plot.Add.Arrow(from, tip);
            var color = ChartStyle.Mover(movers.IndexOf(edge.Mover)).WithAlpha(0.6);
            arrow.ArrowLineColor = color;
            arrow.ArrowFillColor = color;
            arrow.ArrowLineWidth = 1;
            arrow.ArrowWidth = 1.5f;
            arrow.ArrowheadWidth = 8;
            arrow.ArrowheadLength = 8;
            if (legendDone.Add(edge.Mover))
            {
                arrow.LegendText = $"improvement by {edge.Mover}";
            }
        }

        var path = concept.Paths.Where(p => p.Reachable).OrderBy(p => p.Steps.Length).FirstOrDefault();
        if (path is not null)
        {
            bool first = true;
            foreach (var step in path.Steps)
            {
                if (place.TryGetValue(step.From, out var from) && place.TryGetValue(step.To, out var to))
                {
                    var arrow = plot.Add.Arrow(from, Shorten(from, to, 0.09));
                    arrow.ArrowLineColor = ChartStyle.Highlight;
                    arrow.ArrowFillColor = ChartStyle.Highlight;
                    arrow.ArrowWidth = 4;
                    arrow.ArrowheadWidth = 14;
                    arrow.ArrowheadLength = 14;
                    if (first)
                    {
                        arrow.LegendText = "path from the status quo";
                        first = false;
                    }
                }
            }
        }

        var plain = stability.States.Where(s => !concept.Equilibria.Contains(s.Index)).ToList();
        var equilibria = stability.States.Where(s => concept.Equilibria.Contains(s.Index)).ToList();
        if (plain.Count > 0)
        {
            var m = plot.Add.Markers(plain.Select(s => place[s.Index].X).ToArray(), plain.Select(s => place[s.Index].Y).ToArray(), MarkerShape.FilledCircle, 16, ChartStyle.Neutral);
            m.LegendText = "state";
        }

        if (equilibria.Count > 0)
        {
            var m = plot.Add.Markers(equilibria.Select(s => place[s.Index].X).ToArray(), equilibria.Select(s => place[s.Index].Y).ToArray(), MarkerShape.FilledCircle, 20, ChartStyle.Open);
            m.LegendText = "equilibrium";
        }

        if (stability.StatusQuo is int sq && place.TryGetValue(sq, out var q))
        {
            var m = plot.Add.Marker(q.X, q.Y, MarkerShape.OpenSquare, 28, ChartStyle.Closed);
            m.LineWidth = 3;
            m.LegendText = "status quo";
        }

        foreach (var s in stability.States)
        {
            var c = place[s.Index];
            var text = plot.Add.Text($"{s.Index + 1}", c.X * 1.16, c.Y * 1.16);
            text.LabelFontSize = 12;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.MiddleCenter;
        }

        plot.Axes.SetLimits(-1.35, 1.35, -1.3, 1.3);
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Svg(plot, 820, 560);
    }

    private static Coordinates Shorten(Coordinates from, Coordinates to, double by)
    {
        double dx = to.X - from.X;
        double dy = to.Y - from.Y;
        double length = Math.Sqrt((dx * dx) + (dy * dy));
        return length <= by ? to : new Coordinates(to.X - (dx / length * by), to.Y - (dy / length * by));
    }
}
