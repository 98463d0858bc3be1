using System.Globalization;
using System.Net;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Analysis.Changes;
using Parley.Core.Vocabulary;
using Parley.Formats.Text;
using Parley.Formats.Words;
using Parley.Reports.Charts;

namespace Parley.Reports;

/// <summary>
/// Renders an <see cref="AnalysisResult"/> as one self-contained HTML page: inline style, inline SVG charts
/// drawn by ScottPlot, no script and no external resource, so it opens offline. It reads the result only.
/// </summary>
public static class HtmlReport
{
    /// <summary>The report page.</summary>
    /// <param name="result">The analysis.</param>
    public static string Render(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new ReportPage();
        var given = result.Variants[0];
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(result.Title)).Append(" — Parley report</title><style>").Append(ReportStyle.Css).Append("</style></head><body>\n");
        html.Append("<header><h1>").Append(E(result.Title)).Append("</h1>");
        if (result.Description is { } description)
        {
            html.Append("<p>").Append(E(description)).Append("</p>");
        }

        html.Append("<p>Parley report: the claims first, then every lens of the scenario, as given and under each lever. Each position and figure is marked by where it comes from: ")
            .Append("<i>stated</i> (the party's own words, with a source; a red line so counted carries a quote), <span class=\"assumption\">inferred</span> (the modeller's reading of a source, with the reasoning) ")
            .Append("or <span class=\"assumption\">assumption</span> (the modeller's judgement). Monte Carlo: ")
            .Append(result.MonteCarloRuns).Append(" draws per forecast").Append(Draws(result) is int d && d != result.MonteCarloRuns ? $", {d} draws for the claims and the verdicts' robustness" : string.Empty)
            .Append(", seed ").Append(result.Seed).Append('.')
            .Append(result.AsOf is { } asOf ? $" Every lens is taken as of {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: the dated revisions in force then, the proposals made by then." : string.Empty)
            .Append("</p></header>\n");
        html.Append("<nav><a href=\"#claims\">Claims</a><a href=\"#glance\">At a glance</a><a href=\"#tracks\">Tracks</a><a href=\"#stability\">Stability</a><a href=\"#forecast\">Forecasts</a>")
            .Append("<a href=\"#sensitivity\">What would change it</a><a href=\"#windows\">Windows</a>")
            .Append(result.Timeline is null ? string.Empty : $"<a href=\"#{TimelineSection.Anchor}\">Timeline</a>")
            .Append(result.Variants[0].EndStates is null ? string.Empty : $"<a href=\"#{EndStatesSection.Anchor}\">End states</a>")
            .Append("<a href=\"#levers\">Levers</a><a href=\"#sources\">Sources</a></nav><main>\n");

        // The claims open the report: they are the reader's questions; the lenses after them are the evidence.
        Claims(html, result);
        Glance(html, result, given);
        Tracks(html, result, given);
        Stability(html, result, given);
        Sensitivity(html, result, given);
        Forecasts(html, result, given);
        Windows(html, result, given);
        TimelineSection.Write(html, result);
        EndStatesSection.Write(html, result);
        Levers(html, result);
        Sources(html, result);
        html.Append("</main></body></html>\n");
        return html.Finish();
    }

    private static void Glance(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        html.Append("<section id=\"glance\"><h2>At a glance</h2><table><tr><th>Track</th><th>Deal on the stated positions?</th><th>Why</th></tr>");
        foreach (var t in given.Agreement)
        {
            html.Append("<tr><td>").Append(E(t.Track)).Append("</td><td>").Append(Verdict(t.Verdict)).Append("</td><td>").Append(E(FirstSentences(t.Explanation, 2))).Append("</td></tr>");
        }

        html.Append("</table><ul class=\"tight\">");
        html.Append("<li><b>Standoff:</b> ").Append(given.Stability is { } s ? E(s.Explanation) : Skipped(result, "stability")).Append("</li>");
        var movers = result.Comparisons.Where(c => c.Changes.Any(x => x.Changed && x.Subject.Aspect == ChangeAspect.Verdict)).ToList();
        html.Append("<li><b>Levers that change a verdict:</b> ")
            .Append(movers.Count == 0 ? "none." : E(string.Join("; ", movers.Select(m => $"{m.Name} ({string.Join(", ", m.Changes.Where(x => x.Changed && x.Subject.Aspect == ChangeAspect.Verdict).Select(x => $"{x.Subject.Track}: {LensChangeText.Reading(x.Before)} → {LensChangeText.Reading(x.After)}"))})"))) + ".")
            .Append("</li>");
        if (result.Claims.Length > 0)
        {
            html.Append("<li><b>Claims:</b> ").Append(string.Join(", ", result.Claims.GroupBy(c => c.Verdict).Select(g => $"{g.Count()} {E(Terms.DisplayName(g.Key))}"))).Append(" (see <a href=\"#claims\">Claims</a>).</li>");
        }

        foreach (var skip in result.Skipped)
        {
            html.Append("<li class=\"skipped\">").Append(E(skip.Lens)).Append(": ").Append(E(skip.Reason)).Append("</li>");
        }

        html.Append("</ul></section>\n");
    }

    private static void Tracks(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        html.Append("<section id=\"tracks\"><h2>Tracks: is there a deal, and why</h2>");
        if (given.Agreement.IsEmpty)
        {
            html.Append("<p class=\"skipped\">").Append(Skipped(result, "agreement")).Append("</p>");
        }

        foreach (var t in given.Agreement)
        {
            html.Append("<h3>").Append(E(t.Track)).Append(" ").Append(Verdict(t.Verdict)).Append("</h3><p>").Append(E(FirstSentences(t.Explanation, 2))).Append("</p>");
            if (FirstSentences(t.Explanation, 2).Length < t.Explanation.Length)
            {
                html.Append("<details><summary>Full reasoning</summary><p>").Append(E(t.Explanation)).Append("</p></details>");
            }

            html.Append("<p class=\"note\">").Append(E(CountWords.Of(t.Acceptable))).Append(" of ").Append(E(CountWords.Of(t.Outcomes))).Append(" packages are acceptable to every consenting actor (")
                .Append(E(string.Join(", ", t.ActorIds))).Append(").</p>");
            if (t.Sensitivity is { } ts)
            {
                html.Append("<p><b>How sure, and what would change it:</b> ").Append(t.Robustness is { } tr ? E(VerdictWords.Robust(tr)) + "; " : string.Empty)
                    .Append(E(VerdictWords.Sensitivity(ts))).Append(".</p>");
            }

            if (t.Blocking.Length > 0)
            {
                html.Append("<p><b>What blocks a deal</b> (minimal sets of demands; relaxing any one set opens a deal):</p><ul class=\"tight\">");
                foreach (var b in t.Blocking.Take(3))
                {
                    Blocking(html, b);
                }

                html.Append("</ul>");
                if (t.Blocking.Length > 3)
                {
                    html.Append("<details><summary>").Append(t.Blocking.Length - 3).Append(" more blocking set(s)</summary><ul class=\"tight\">");
                    foreach (var b in t.Blocking.Skip(3))
                    {
                        Blocking(html, b);
                    }

                    html.Append("</ul></details>");
                }

                if (!t.BlockingComplete)
                {
                    html.Append("<p class=\"note\">").Append(t.Blocking.Length).Append(" set(s) found").Append(t.BlockingComplete ? "." : "; the search stopped before listing every set.").Append("</p>");
                }
            }

            html.Append("<div class=\"charts\">");
            Figure(html, $"common-ground-{t.Track}", () => CommonGroundChart.Render(t),
                "Each cell: how many of the issue's options the actor accepts (its red lines). A column with a low share is an actor's hard line; an issue is common ground only if some option is accepted in every column. Grey: the actor's consent is not needed.");
            if (t.ActorIds.Length >= 2 && (t.Frontier.Length > 0 || t.Proposals.Length > 0))
            {
                var (x, y) = Axes(result, t);
                string what = t.Frontier.Length > 0
                    ? "Every Pareto-efficient package inside the red lines"
                    : "No package lies inside every red line, so there is no frontier to draw; the proposals show where each side's offers leave the other";
                Figure(html, $"frontier-{t.Track}", () => FrontierChart.Render(t, x, y),
                    $"{what}, in the utility plane of {t.ActorIds[x]} and {t.ActorIds[y]} (utilities come from the modeller's weights, an assumption). Green points are acceptable to every consenting actor; the red lines are the two actors' walk-away values. Open circles: proposals restricted to this track.");
            }

            html.Append("</div>");
            var ground = t.CommonGround.Where(g => g.ConsentingActors.Length > 0).ToList();
            if (ground.Count > 0)
            {
                html.Append("<details><summary>Common ground issue by issue</summary><table><tr><th>Issue</th><th>Common ground</th><th>Reason</th></tr>");
                foreach (var g in ground)
                {
                    html.Append("<tr><td>").Append(E(g.IssueId)).Append("</td><td>").Append(g.HasCommonGround ? E(string.Join(", ", g.Options)) : "<span class=\"badge no\">none</span>")
                        .Append("</td><td>").Append(E(g.Reason)).Append("</td></tr>");
                }

                html.Append("</table></details>");
            }
        }

        if (given.Proposals.Length > 0)
        {
            html.Append("<h3>Proposals on the table</h3><table><tr><th>Proposal</th><th>By</th><th>Accepted by all?</th><th>Responses</th></tr>");
            foreach (var p in given.Proposals)
            {
                html.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(E(p.ProposedBy)).Append("</td><td>").Append(YesNo(p.AcceptedByAll))
                    .Append("</td><td><ul class=\"tight\">").Append(string.Concat(p.Responses.Select(r => $"<li>{E(r)}</li>"))).Append("</ul>")
                    .Append(p.Nearest is { } n ? $"<span class=\"note\">Nearest package all accept: {E(n)}</span>" : string.Empty).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>\n");
    }

    private static void Blocking(ReportPage html, BlockingDemands b)
    {
        html.Append("<li>").Append(b.Demands.Length).Append(" demand(s): ").Append(E(string.Join("; ", b.Demands)))
            .Append("<br><span class=\"note\">Relaxed together, they make this package acceptable to all: ").Append(E(b.Opens)).Append(Cite(b.Sources)).Append("</span></li>");
    }

    private static void Stability(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        html.Append("<section id=\"stability\"><h2>Is the standoff stable?</h2>");
        if (given.Stability is not { } s)
        {
            html.Append("<p class=\"skipped\">").Append(Skipped(result, "stability")).Append("</p></section>\n");
            return;
        }

        html.Append("<p>").Append(E(s.Explanation)).Append("</p>");
        var untempted = s.Model is null
            ? []
            : s.Concepts.SelectMany(c => c.Deterrence.IsDefault ? [] : c.Deterrence).Where(d => d.Basis == Core.Stability.StabilityBasis.NoImprovement).Select(d => d.DecisionMaker).Distinct().Order().ToList();
        if (untempted.Count > 0)
        {
            html.Append("<p>Nothing tempts ").Append(E(string.Join(", ", untempted.Select(d => s.Model!.DecisionMakers[d])))).Append(": no move of their own improves on the status quo, so it is stable for them under every concept (Nash).</p>");
        }

        html.Append("<table><tr><th>Concept</th><th>Status quo stable?</th><th>Equilibria (state numbers)</th><th>Why: what tempts a decision maker, and what deters it</th></tr>");
        foreach (var c in s.Concepts)
        {
            html.Append("<tr><td>").Append(E(ConceptName(c.Concept))).Append("</td><td>")
                .Append(c.StatusQuoStable is bool b ? YesNo(b) : "<span class=\"badge unknown\">no status quo</span>")
                .Append("</td><td>").Append(E(string.Join(", ", c.Equilibria.Select(e => (e + 1).ToString(CultureInfo.InvariantCulture)))))
                .Append("</td><td><ul class=\"tight\">").Append(string.Concat(Why(s, c).Select(Reason))).Append("</ul></td></tr>");
        }

        html.Append("</table>");
        if (s.States.Length > 0 && s.States.Length <= 48)
        {
            var concept = s.Concepts.FirstOrDefault(c => c.Concept == Core.Stability.StabilityConcept.Seq) ?? s.Concepts[0];
            html.Append("<div class=\"charts\">");
            Figure(html, "state-graph", () => StateGraphChart.Render(s, concept),
                $"{(s.GraphComplete ? "Every state" : $"The neighbourhood of the status quo ({s.States.Length} of {s.StateCount} states: the status quo, the states one move away, the equilibria and the paths to them)")}; states numbered from 1 ({E(string.Join("; ", s.Options))}); arrows are unilateral improvements, coloured by who moves. Green: {concept.Concept.ToString().ToUpperInvariant()} equilibria; red square: the status quo; thick yellow: the shortest path of improvements from it. Preferences are the modeller's reading of stated positions (assumptions).");
            html.Append("</div><table><tr><th>State</th><th>Options taken</th><th>Equilibrium under</th></tr>");
            foreach (var n in s.States)
            {
                html.Append("<tr><td>").Append(n.Index + 1).Append(n.IsStatusQuo ? " (status quo)" : string.Empty).Append("</td><td>")
                    .Append(E(s.Model is { } m ? StateWords.Describe(m, n.Index) : n.Taken.IsEmpty ? "none" : string.Join(", ", n.Taken))).Append("</td><td>")
                    .Append(E(string.Join(", ", n.EquilibriumUnder.Select(ConceptName)))).Append("</td></tr>");
            }

            html.Append("</table>");
        }
        else
        {
            html.Append("<p class=\"note\">").Append(s.StateCount).Append(" states: too many to draw; the equilibria are listed above.</p>");
        }

        html.Append("</section>\n");
    }

    /// <summary>Per decision maker tempted at the status quo, the deterrence sentence; the engine's reasons when there is no model.</summary>
    private static IEnumerable<string> Why(Core.Analysis.StabilitySummary s, Core.Analysis.ConceptStability c)
    {
        if (s.Model is not { } model || c.Deterrence.IsDefault)
        {
            return c.Reasons;
        }

        var tempted = c.Deterrence.Where(d => d.Basis != Core.Stability.StabilityBasis.NoImprovement).Select(d => DeterrenceSentences.Summary(model, d)).ToList();
        return tempted.Count == 0 ? ["Nobody has a move that improves on the status quo."] : tempted;
    }

    private static void Forecasts(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        html.Append("<section id=\"forecast\"><h2>Where would contested issues settle?</h2>");
        if (given.Forecasts.IsEmpty)
        {
            html.Append("<p class=\"skipped\">").Append(Skipped(result, "forecast")).Append("</p>");
            ForecastNotes(html, given);
            html.Append("</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Spatial models read each actor's stated position on the issue's scale, its capability and salience (capabilities and saliences are assumptions). ")
            .Append("The expected-utility model (Bueno de Mesquita) and the spatial model let actors challenge and concede round by round. Every forecast is read from ")
            .Append(result.MonteCarloRuns).Append(" Monte Carlo draws of the uncertain inputs (the spatial model from at most 200): a single value where one mode holds the draws, ")
            .Append("“either A or B” where the draws split, “cannot tell” where they spread over most of the scale. Issues where the models agree and the reading is a point come first; ")
            .Append("where the models disagree, the row says so first. A forecast outside a veto holder's red line is marked; the veto-aware forecast is the nearest outcome every veto holder accepts.</p>")
            .Append("<table><tr><th>Issue</th><th>Do the models agree?</th><th>Weighted mean</th><th>Weighted median</th><th>Expected utility</th><th>Spatial model</th><th>Veto holders accept (expected utility draws)</th><th>Veto-aware (expected utility)</th></tr>");
        var ordered = given.Forecasts.OrderBy(f => Robust(f) ? 0 : 1).ToList();
        foreach (var f in ordered)
        {
            string? unit = Unit(f);
            html.Append("<tr><td>").Append(E(f.Name)).Append(" <span class=\"note\">(").Append(E(f.Unit)).Append(")</span></td><td>")
                .Append(f.Agreement.Agree ? "agree" : $"<b>disagree</b>: {E(AgreementSpan(f))}").Append("</td>");
            foreach (var m in f.Models)
            {
                string vetoed = ForecastWording.VetoedBy(m.Vetoes.Select(v => (v.ActorId, v.Share, v.Accepted)));
                html.Append("<td>").Append(E(ForecastWording.Reading(m.Shape, unit)))
                    .Append(vetoed.Length > 0 ? $"<br><span class=\"assumption\">{E(vetoed)}</span>" : string.Empty).Append("</td>");
            }

            var eu = f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility);
            html.Append("<td>").Append(eu is null ? "—" : E(ForecastWording.Vetoes(eu.Vetoes.Select(v => (v.ActorId, v.Share, v.Accepted)))))
                .Append(f.Uncertainty.UncertainInputs == 0 ? " <span class=\"note\">(no uncertain input)</span>" : string.Empty).Append("</td><td>")
                .Append(eu is null ? "—"
                    : f.NoOutcomeAcceptableToAll ? $"no outcome every veto holder ({E(string.Join(", ", f.VetoHolders))}) accepts: see the blocking demands of track {E(f.Track)}"
                    : eu.VetoAware.Value is double v && eu.VetoAware.Moved ? E(ForecastWording.Value(v, eu.VetoAware.Option, unit))
                    : "unchanged")
                .Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var f in ordered)
        {
            var eu = f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility);
            html.Append("<h3>").Append(E(f.Name)).Append("</h3><div class=\"charts\">");
            Figure(html, $"forecast-path-{f.IssueId}", () => ForecastCharts.Path(f), "Forecast after each round of the expected-utility model (one run, inputs as given); dots at round 0 are the actors' stated positions (size: capability); dashed lines mark the Monte Carlo modes of a split forecast, a solid line the median of a point forecast.");
            Figure(html, $"forecast-distribution-{f.IssueId}", () => ForecastCharts.Histogram(f), "How the forecast spreads when the uncertain inputs are drawn at random (Monte Carlo); lines mark the median of a point forecast or the modes of a split one.");
            if (eu is not null && eu.Sensitivity.Any(b => b.Swing > 0))
            {
                Figure(html, $"forecast-tornado-{f.IssueId}", () => ForecastCharts.Tornado(f, eu), "The expected-utility forecast with one input at the low (red) or high (green) end of its range, the others as given; * marks a probe of an exact figure (capability ±20 %, salience ±0.1, position ±10 % of the scale), “flips” an input that alone moves the forecast into another mode.");
            }

            html.Append("</div>");
        }

        ForecastNotes(html, given);
        html.Append("</section>\n");
    }

    private static void ForecastNotes(ReportPage html, VariantAnalysis given)
    {
        if (given.ForecastNotes.Length > 0)
        {
            html.Append("<details open><summary>What the forecast left out</summary><ul class=\"tight\">").Append(string.Concat(given.ForecastNotes.Select(n => $"<li>{E(n)}</li>"))).Append("</ul></details>");
        }
    }

    private static bool Robust(IssueForecast f) =>
        f.Agreement.Agree && f.Models.All(m => m.Shape.Reading == Core.Forecast.ForecastReading.Point);

    private static string? Unit(IssueForecast f) => f.Unit == "axis 0–100" ? null : f.Unit;

    private static string AgreementSpan(IssueForecast f) =>
        !f.Agreement.Options.IsEmpty ? string.Join(" / ", f.Agreement.Options) : $"{F(f.Agreement.Low)}–{F(f.Agreement.High)}{(Unit(f) is { } u ? " " + u : string.Empty)}";

    private static void Windows(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        html.Append("<section id=\"windows\"><h2>When could a deal open or close?</h2>");
        if (given.Windows.IsEmpty)
        {
            html.Append("<p class=\"skipped\">").Append(Skipped(result, "windows")).Append("</p></section>\n");
            return;
        }

        html.Append("<div class=\"charts\">");
        Figure(html, "windows", () => WindowsChart.Render(given.Windows), "Along the horizon, walk-away values drift as the scenario's trends say (trends marked as assumptions are the modeller's); green where some package is acceptable to every consenting actor.");
        html.Append("</div><ul class=\"tight\">").Append(string.Concat(given.Windows.Select(w => $"<li><b>{E(w.Track)}:</b> {E(w.Explanation)}</li>"))).Append("</ul></section>\n");
    }

    private static void Levers(ReportPage html, AnalysisResult result)
    {
        html.Append("<section id=\"levers\"><h2>What would the levers change?</h2>");
        if (result.Comparisons.IsEmpty)
        {
            html.Append("<p class=\"skipped\">The scenario defines no levers.</p></section>\n");
            return;
        }

        html.Append("<div class=\"charts\">");
        if (result.Tracks.Length > 0 && result.Variants[0].Agreement.Length > 0)
        {
            Figure(html, "lever-verdicts", () => LeverCharts.Verdicts(result), "Each row is the scenario with one lever pulled (the first row: as given). A cell that changes colour from the first row is a verdict the lever flips.");
        }

        if (result.Variants[0].Forecasts.Length > 0)
        {
            Figure(html, "lever-forecasts", () => LeverCharts.Medians(result), "Monte Carlo median of each issue under each lever, as a share of the issue's scale (0 = its first option or minimum). The diamond is the scenario as given.");
        }

        html.Append("</div><table><tr><th>Lever</th><th>Basis</th><th>What it changes</th></tr>");
        foreach (var c in result.Comparisons)
        {
            var variant = result.Variants.First(v => v.Id == c.VariantId);
            html.Append("<tr><td><b>").Append(E(c.Name)).Append("</b><br><span class=\"note\">").Append(E(variant.Description ?? string.Empty)).Append("</span></td><td>")
                .Append(variant.Assumed ? "<span class=\"assumption\">assumption</span>" : "stated").Append("</td><td>");
            var changed = c.Changes.Where(x => x.Changed).ToList();
            if (changed.Count == 0)
            {
                html.Append(E(LensChangeText.Summary(c)));
            }
            else
            {
                html.Append("<ul class=\"tight\">").Append(string.Concat(changed.Select(x => $"<li>≠ {E(LensChangeText.Lens(x.Lens))} — {E(LensChangeText.Subject(x.Subject))}: {E(LensChangeText.Reading(x.Before))} → <b>{E(LensChangeText.Reading(x.After))}</b></li>"))).Append("</ul>");
            }

            EquilibriumLists(html, result.Variants[0].Stability?.Model, variant.Stability?.Model, c);

            html.Append("</td></tr>");
        }

        html.Append("</table></section>\n");
    }

    /// <summary>The draws behind the claims' frequencies and the verdicts' robustness, when any were made.</summary>
    private static int? Draws(AnalysisResult result) =>
        result.Claims.Select(c => c.Robustness?.Draws).Concat(result.Variants[0].Agreement.Select(t => t.Robustness?.Draws)).FirstOrDefault(d => d is not null);

    /// <summary>Every verdict's nearest flips as a tornado chart, with the list behind it.</summary>
    private static void Sensitivity(ReportPage html, AnalysisResult result, VariantAnalysis given)
    {
        var rows = new List<(string Verdict, Core.Sensitivity.FigureFlip Flip)>();
        rows.AddRange(given.Agreement.Where(t => t.Sensitivity is not null).SelectMany(t => t.Sensitivity!.Flips.Select(f => ($"{t.Track} deal", f))));
        rows.AddRange(result.Claims.Where(c => c.Sensitivity is not null).SelectMany(c => c.Sensitivity!.Flips.Select(f => ($"claim {c.ClaimId}", f))));
        var stability = given.Stability?.Concepts.Where(c => c.Sensitivity is not null).ToList() ?? [];
        html.Append("<section id=\"sensitivity\"><h2>What would change the verdicts?</h2><p class=\"note\">Each assumed figure is changed alone, the others held at their values: ")
            .Append("walk-away values by bisection over the exact agreement engine (to ").Append(Core.Sensitivity.VerdictSensitivity.Tolerance.ToString(CultureInfo.InvariantCulture))
            .Append("), weights and capabilities on a grid of ").Append(Core.Sensitivity.VerdictSensitivity.ScanSteps).Append(" steps over [0, 1] then bisection, preference statements of the graph model dropped one at a time. ")
            .Append("A verdict that no single figure flips rests on red lines or on several figures together.</p>");
        if (rows.Any(r => r.Flip.FlipsAt is not null))
        {
            html.Append("<div class=\"charts\">");
            Figure(html, "tornado", () => TornadoChart.Render(rows), "The smallest change of one figure that flips each verdict: red bars lower the figure, green bars raise it; the shortest bars are the most fragile verdicts.");
            html.Append("</div>");
        }

        html.Append("<ul class=\"tight\">");
        foreach (var t in given.Agreement.Where(t => t.Sensitivity is not null))
        {
            html.Append("<li><b>").Append(E(t.Track)).Append("</b> (").Append(E(t.Verdict == Core.Agreement.AgreementVerdict.AgreementPossible ? "deal possible" : "no deal")).Append("): ")
                .Append(E(VerdictWords.Sensitivity(t.Sensitivity!, int.MaxValue))).Append("</li>");
        }

        foreach (var c in stability)
        {
            html.Append("<li><b>status quo under ").Append(E(ConceptName(c.Concept))).Append("</b> (").Append(c.StatusQuoStable == true ? "stable" : "not stable").Append("): ")
                .Append(E(VerdictWords.Sensitivity(c.Sensitivity!, int.MaxValue))).Append("</li>");
        }

        foreach (var c in result.Claims.Where(c => c.Sensitivity is not null))
        {
            html.Append("<li><b>claim ").Append(E(c.ClaimId)).Append("</b> (").Append(E(Terms.DisplayName(c.Verdict))).Append("): ")
                .Append(E(VerdictWords.Sensitivity(c.Sensitivity!, int.MaxValue))).Append("</li>");
        }

        html.Append("</ul></section>\n");
    }

    /// <summary>The equilibria a lever adds and removes, per concept, behind a fold; states in words.</summary>
    private static void EquilibriumLists(ReportPage html, Core.Stability.GraphModel? before, Core.Stability.GraphModel? after, LeverComparison c)
    {
        var shifts = c.EquilibriumShifts.IsDefault ? [] : c.EquilibriumShifts.Where(x => !x.Gained.IsEmpty || !x.Lost.IsEmpty).ToList();
        if (before is null || after is null || shifts.Count == 0)
        {
            return;
        }

        html.Append("<details><summary>Equilibria gained and lost</summary><ul class=\"tight\">");
        foreach (var x in shifts)
        {
            html.Append("<li><b>").Append(E(ConceptName(x.Concept))).Append("</b>");
            foreach (var id in x.Gained)
            {
                html.Append("<br>+ new: ").Append(E(StateWords.DescribeId(after, id)));
            }

            foreach (var id in x.Lost)
            {
                html.Append("<br>− lost: ").Append(E(StateWords.DescribeId(before, id)));
            }

            html.Append("</li>");
        }

        html.Append("</ul></details>");
    }

    private static void Claims(ReportPage html, AnalysisResult result)
    {
        html.Append("<section id=\"claims\"><h2>The claims, and what they rest on</h2>");
        if (result.Claims.IsEmpty)
        {
            html.Append("<p class=\"skipped\">").Append(Skipped(result, "claims")).Append("</p></section>\n");
            return;
        }

        html.Append("<p class=\"note\">Each claim is a test over the lenses' results below. It is <i>supported</i> or <i>refuted</i> by the scenario as modelled, or <i>not decidable</i> when the scenario lacks what the test needs. ")
            .Append("How sure: the share of Monte Carlo draws of the uncertain figures in which the verdict holds; the reading follows it (at least 90 % supported, at most 10 % refuted, in between undecided). ")
            .Append("Rests on: the red lines, figures, preference statements and levers the test reads, counted as stated, inferred or assumed, with each judgement named.</p>");
        html.Append("<table><tr><th>Claim</th><th>Verdict</th><th>How sure</th><th>Rests on</th><th>Test and reasons</th></tr>");
        foreach (var c in result.Claims)
        {
            string badge = VerdictWords.ClaimClass(Terms.DisplayName(c.Verdict), c.Frequency);
            html.Append("<tr><td>").Append(E(c.Statement)).Append(Cite(c.Sources))
                .Append(c.With.IsEmpty ? string.Empty : $"<br><span class=\"note\">with {E(string.Join(" + ", c.With))}</span>")
                .Append("</td><td><span class=\"badge ").Append(badge).Append("\">").Append(E(VerdictWords.Claim(Terms.DisplayName(c.Verdict), c.Frequency))).Append("</span>")
                .Append(c.Frequency is null ? string.Empty : $"<br><span class=\"note\">at the point values: {E(Terms.DisplayName(c.Verdict))}</span>")
                .Append("</td><td>").Append(c.Robustness is { } r ? E(VerdictWords.Robust(r)) : "no uncertain figure drawn")
                .Append(c.Sensitivity is { } cs ? $"<br><span class=\"note\">{E(VerdictWords.Sensitivity(cs))}</span>" : string.Empty)
                .Append("</td><td>").Append(E(c.RestsOn.Describe()))
                .Append(c.RestsOn.Judgements.IsEmpty ? string.Empty : "<ul class=\"tight\">" + string.Concat(c.RestsOn.Judgements.Select(j => $"<li><span class=\"assumption\">judgement</span> {E(j)}</li>")) + "</ul>")
                .Append("</td><td><code>").Append(E(c.Test ?? "—")).Append("</code><details><summary>reasons</summary><ul class=\"tight\">").Append(string.Concat(c.Reasons.Select(Reason)))
                .Append(string.Concat(c.Assumptions.Select(a => $"<li><span class=\"assumption\">assumption</span> {E(a)}</li>"))).Append("</ul></details></td></tr>");
        }

        html.Append("</table></section>\n");
    }

    // A lens's full reasoning can run to a paragraph per issue; show its first sentence (or first
    // words) and fold the rest, as the track sections do.
    private static string Reason(string reason)
    {
        const int Short = 240;
        if (reason.Length <= Short)
        {
            return $"<li>{E(reason)}</li>";
        }

        int cut = reason.IndexOf(". ", 60, StringComparison.Ordinal);
        if (cut < 0 || cut > Short)
        {
            cut = reason.LastIndexOf(' ', Short);
        }

        return $"<li><details><summary>{E(reason[..(cut + 1)].TrimEnd())} …</summary>{E(reason[(cut + 1)..].TrimStart())}</details></li>";
    }

    private static void Sources(ReportPage html, AnalysisResult result)
    {
        html.Append("<section id=\"sources\"><h2>Sources</h2>");
        if (result.Sources.IsEmpty)
        {
            html.Append("<p class=\"skipped\">The scenario cites no sources.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Id</th><th>Title</th><th>Publisher</th><th>Date</th><th>Link</th></tr>");
            foreach (var s in result.Sources)
            {
                html.Append("<tr id=\"src-").Append(E(s.Id)).Append("\"><td>").Append(E(s.Id)).Append("</td><td>").Append(E(s.Title)).Append("</td><td>").Append(E(s.Publisher ?? "—"))
                    .Append("</td><td>").Append(E(s.Date ?? "—")).Append("</td><td>")
                    .Append(s.Address is { } a ? $"<a href=\"{E(a)}\" rel=\"noreferrer\">{E(a)}</a>" : "—").Append("</td></tr>");
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

    private static (int X, int Y) Axes(AnalysisResult result, TrackAgreement track)
    {
        // The two parties are the natural axes; others (backers with a veto) come after.
        var parties = track.ActorIds.Select((id, i) => (id, i)).Where(p => result.Actors.Any(a => a.Id == p.id && a.Role == "party")).Select(p => p.i).ToList();
        return parties.Count >= 2 ? (parties[0], parties[1]) : (0, 1);
    }

    private static string ConceptName(Core.Stability.StabilityConcept concept) => concept switch
    {
        Core.Stability.StabilityConcept.SeqSim => "SEQ+SIM",
        _ => concept.ToString().ToUpperInvariant(),
    };

    private static string Verdict(AgreementVerdict verdict) => verdict switch
    {
        AgreementVerdict.AgreementPossible => "<span class=\"badge yes\">deal possible</span>",
        AgreementVerdict.NoAgreement => "<span class=\"badge no\">no deal</span>",
        _ => "<span class=\"badge unknown\">no positions</span>",
    };

    private static string YesNo(bool yes) => yes ? "<span class=\"badge yes\">yes</span>" : "<span class=\"badge no\">no</span>";

    private static string Skipped(AnalysisResult result, string lens) =>
        E(result.Skipped.FirstOrDefault(s => s.Lens == lens)?.Reason ?? $"The {lens} lens gave no result for this scenario.");

    private static string Cite(IEnumerable<string> sources)
    {
        var list = sources.ToList();
        return list.Count == 0 ? string.Empty : " <span class=\"note\">[" + string.Join(", ", list.Select(s => $"<a href=\"#src-{E(s)}\">{E(s)}</a>")) + "]</span>";
    }

    private static string FirstSentences(string text, int count)
    {
        int at = -1;
        for (int k = 0; k < count; k++)
        {
            int next = text.IndexOf(". ", at + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                return text;
            }

            at = next + 1;
        }

        return text[..at];
    }

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
