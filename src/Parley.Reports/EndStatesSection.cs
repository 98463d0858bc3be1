using System.Globalization;
using System.Net;
using Parley.Core.Analysis;
using Parley.Core.Vocabulary;

namespace Parley.Reports;

/// <summary>
/// The report's "Where does it end?" section: each named end state's probability as given and under each
/// lever, whether the status quo reaches it and by whose moves, and which stability concepts hold an
/// equilibrium in it; then whether the end states partition the outcomes.
/// </summary>
internal static class EndStatesSection
{
    public const string Anchor = "endstates";

    public static void Write(ReportPage html, AnalysisResult result)
    {
        if (result.Variants[0].EndStates is not { } given)
        {
            return;
        }

        var others = result.Variants.Skip(1).Where(v => v.EndStates is not null).ToList();
        html.Append("<section id=\"").Append(Anchor).Append("\"><h2>Where does it end?</h2>");
        html.Append("<p>Each end state's probability is the share of ").Append(given.Draws)
            .Append(" draws of the uncertain figures (seed ").Append(given.Seed)
            .Append(") in which the status-quo path ends there. ").Append(E(given.Note)).Append("</p>");

        html.Append("<table><tr><th>End state</th><th>As given</th>");
        foreach (var v in others)
        {
            html.Append("<th>").Append(E(v.Name)).Append("</th>");
        }

        html.Append("<th>Reached from the status quo</th></tr>");
        foreach (var e in given.EndStates)
        {
            html.Append("<tr><td><b>").Append(E(e.Name)).Append("</b>");
            if (e.Description is { } d)
            {
                html.Append("<br><span class=\"note\">").Append(E(d)).Append("</span>");
            }

            html.Append("</td><td>").Append(Share(e.Probability)).Append("</td>");
            foreach (var v in others)
            {
                var o = v.EndStates!.EndStates.FirstOrDefault(x => x.Id == e.Id);
                html.Append("<td>").Append(o is null ? "–" : Share(o.Probability)).Append("</td>");
            }

            html.Append("<td>").Append(E(Reach(e)));
            if (!e.Path.IsEmpty)
            {
                html.Append("<br><span class=\"note\">").Append(E(string.Join("; ", e.Path))).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var v in others.Where(v => !v.EndStates!.IsPartition))
        {
            html.Append("<p class=\"note\">").Append(E(v.Name)).Append(": ").Append(E(v.EndStates!.Note)).Append("</p>");
        }

        // Which concepts hold an equilibrium in each end state (as given).
        var concepts = given.EndStates.SelectMany(e => e.Equilibria.Select(c => c.Concept)).Distinct().ToList();
        if (concepts.Count > 0)
        {
            html.Append("<h3>Equilibria in each end state (as given)</h3><table><tr><th>End state</th>");
            foreach (var c in concepts)
            {
                html.Append("<th>").Append(E(Terms.DisplayName(c))).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var e in given.EndStates)
            {
                html.Append("<tr><td>").Append(E(e.Name)).Append("</td>");
                foreach (var c in concepts)
                {
                    var found = e.Equilibria.FirstOrDefault(x => x.Concept == c);
                    html.Append("<td>").Append(found is { Contains: true }
                        ? "<span class=\"badge yes\">yes</span> <span class=\"note\">" + E(string.Join(", ", found.States)) + "</span>"
                        : "<span class=\"badge no\">no</span>").Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>\n");
    }

    private static string Reach(EndStateOutcome e) => e.Reachable switch
    {
        null => "– (no conflict or no status quo)",
        false => "no",
        true when e.HoldsNow => "yes: the status quo lies in it",
        _ => $"yes, by the moves of {string.Join(", ", e.Movers)}",
    };

    private static string Share(double p) => p.ToString("0.###", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
