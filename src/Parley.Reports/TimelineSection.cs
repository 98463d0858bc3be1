using System.Globalization;
using System.Net;
using Parley.Core.Analysis;
using Parley.Reports.Charts;

namespace Parley.Reports;

/// <summary>
/// The report's timeline section: the dated positions, revisions and proposals and the deal windows on one
/// date axis, a "gap over time" chart per track (smallest blocking set and utility distance to the nearest
/// acceptable package at each scanned date), and the events in a table with their sources.
/// </summary>
internal static class TimelineSection
{
    public const string Anchor = "timeline";

    public static void Write(ReportPage html, AnalysisResult result)
    {
        if (result.Timeline is not { } timeline)
        {
            return;
        }

        var given = result.Variants[0];
        html.Append("<section id=\"").Append(Anchor).Append("\"><h2>Timeline: positions that move</h2>");
        if (result.AsOf is { } asOf)
        {
            html.Append("<p>Every verdict above is as of <b>").Append(Date(asOf)).Append("</b>; the timeline shows the whole record.</p>");
        }

        html.Append("<div class=\"charts\">");
        Figure(html, "timeline", () => TimelineChart.Render(timeline, given.Windows),
            "Each actor's dated positions, revisions and proposals; below them, per track, when a deal is possible along the horizon (as given).");
        foreach (var track in given.Windows.Where(t => t.Samples.Any(s => !s.Open)))
        {
            Figure(html, "gap-" + track.Track, () => GapChart.Render(track),
                $"The gap on {E(track.Track)} at each scanned date: the fewest demands to relax for a deal, and how far every walk-away value would have to fall for a package inside the red lines to be acceptable to all (no line where the red lines alone block; both 0 where a deal is possible).");
        }

        html.Append("</div>");
        if (!timeline.Events.IsEmpty)
        {
            html.Append("<table><tr><th>Date</th><th>Actor</th><th>What</th><th>Sources</th></tr>");
            foreach (var e in timeline.Events)
            {
                html.Append("<tr><td>").Append(Date(e.Date)).Append("</td><td>").Append(E(e.ActorId)).Append("</td><td>")
                    .Append(E(e.Kind == "proposal" ? "proposes " + e.Label : e.Label)).Append("</td><td>")
                    .Append(string.Join(", ", e.Sources.Select(s => $"<a href=\"#src-{E(s)}\">{E(s)}</a>"))).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>\n");
    }

    private static void Figure(ReportPage html, string id, Func<string> draw, string caption)
    {
        html.Append("<figure class=\"chart\" data-chart=\"").Append(E(id)).Append("\">");
        html.Chart(draw);
        html.Append("<figcaption>").Append(caption).Append("</figcaption></figure>");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
