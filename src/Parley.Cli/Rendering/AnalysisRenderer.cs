using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Vocabulary;
using Parley.Formats.Text;
using Parley.Formats.Words;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints the short summary of <c>parley analyze</c>: verdict per track with what blocks a deal, the
/// status quo's stability, forecasts, claims, and what each lever changes.
/// </summary>
public static class AnalysisRenderer
{
    /// <summary>Writes the summary of <paramref name="result"/>.</summary>
    public static void Write(IAnsiConsole console, AnalysisResult result, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(result);
        var given = result.Variants[0];
        console.MarkupLine($"[bold]{Esc(result.Title)}[/] [grey]({Esc(result.ScenarioId)})[/]");
        AtOption.Announce(console, result.AsOf);
        foreach (var skip in result.Skipped)
        {
            console.MarkupLine($"[grey]{Esc(skip.Lens)} skipped: {Esc(skip.Reason)}[/]");
        }

        // The claims open the summary: they are the questions a reader brings; the lenses follow as the evidence.
        WriteClaims(console, result);
        if (given.Agreement.Length > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Deal per track (as given)")
                .AddColumn("track").AddColumn(new TableColumn("acceptable / packages").RightAligned()).AddColumn("verdict").AddColumn("what blocks it");
            foreach (var t in cut.Take(given.Agreement))
            {
                string blocks = Blocks(t);
                table.AddRow(Esc(t.Track), $"{Esc(CountWords.Of(t.Acceptable))} / {Esc(CountWords.Of(t.Outcomes))}", Verdict(t.Verdict), Esc(blocks));
            }

            console.Write(table);
            cut.Note(console, given.Agreement.Length, "tracks");
            foreach (var t in cut.Take(given.Agreement).Where(t => t.Sensitivity is not null || t.Robustness is not null))
            {
                // How sure each verdict is, and the nearest figure that would flip it.
                var parts = new List<string>();
                if (t.Robustness is { } r)
                {
                    parts.Add(VerdictWords.Robust(r));
                }

                if (t.Sensitivity is { } v)
                {
                    parts.Add(VerdictWords.Sensitivity(v, 1));
                }

                console.MarkupLine($"  {Esc(t.Track)}: {Esc(string.Join("; ", parts))}.");
            }
        }

        if (given.Stability is { } s)
        {
            console.MarkupLine($"[bold]Status quo:[/] {Esc(s.Explanation)}");
        }

        if (given.Forecasts.Length > 0)
        {
            // Per issue: whether the models agree (said first), what the expected-utility Monte Carlo says
            // (never a single value for a split or undetermined distribution), and how it fares with vetoes.
            var table = new Table().Border(TableBorder.Rounded).Title($"Forecasts (expected utility; Monte Carlo {result.MonteCarloRuns} draws, seed {result.Seed})")
                .AddColumn("issue").AddColumn("models").AddColumn("forecast").AddColumn("veto holders accept").AddColumn("veto-aware");
            foreach (var f in cut.Take(given.Forecasts))
            {
                var eu = f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility);
                string models = f.Agreement.Agree ? "agree" : $"[yellow]disagree[/]: {Esc(Span(f))}";
                string reading = eu is null ? "—" : ForecastWording.Reading(eu.Shape, f.Unit == "axis 0–100" ? null : f.Unit);
                string vetoes = eu is null ? string.Empty : Esc(ForecastWording.Vetoes(eu.Vetoes.Select(v => (v.ActorId, v.Share, v.Accepted))));
                string by = eu is null ? string.Empty : ForecastWording.VetoedBy(eu.Vetoes.Select(v => (v.ActorId, v.Share, v.Accepted)));
                if (by.Length > 0)
                {
                    vetoes += $"\n[red]{Esc(by)}[/]";
                }

                string aware = eu is null ? string.Empty
                    : f.NoOutcomeAcceptableToAll ? "[red]no outcome all accept[/] (see blocking demands)"
                    : eu.VetoAware.Value is double v && eu.VetoAware.Moved ? Esc($"→ {ForecastWording.Value(v, eu.VetoAware.Option, f.Unit == "axis 0–100" ? null : f.Unit)}")
                    : "unchanged";
                table.AddRow($"{Esc(f.IssueId)} [grey]({Esc(f.Unit)})[/]", models, Esc(reading), vetoes, aware);
            }

            console.Write(table);
            cut.Note(console, given.Forecasts.Length, "issues");
            var flips = given.Forecasts
                .Select(f => (f.IssueId, Inputs: f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility)?.Sensitivity.Where(b => b.FlipsMode).ToList() ?? []))
                .Where(x => x.Inputs.Count > 0)
                .ToList();
            if (flips.Count > 0)
            {
                console.MarkupLine("[yellow]Forecasts that flip between modes[/] when one assumed figure moves within its stated range: "
                    + Esc(string.Join("; ", flips.Select(x => $"{x.IssueId} ({string.Join(", ", x.Inputs.Select(b => $"{b.Input.ToString().ToLowerInvariant()} of {b.ActorId}"))})"))) + ".");
            }
        }

        foreach (var note in cut.Take(given.ForecastNotes))
        {
            console.MarkupLine($"[grey]forecast note:[/] {Esc(note)}");
        }

        cut.Note(console, given.ForecastNotes.Length, "forecast notes");
        if (given.Windows.Length > 0)
        {
            var first = given.Windows[0];
            var table = new Table().Border(TableBorder.Rounded).Title($"Deal windows over {LeverComparerFormat(first.Horizon)} {Esc(first.Unit)}")
                .AddColumn("track").AddColumn("when a deal is possible");
            foreach (var w in cut.Take(given.Windows))
            {
                table.AddRow(Esc(w.Track), Esc(w.Explanation));
            }

            console.Write(table);
            cut.Note(console, given.Windows.Length, "tracks");
        }

        AnalysisEndStatesRenderer.Write(console, result);

        WriteComparisons(console, result, onlyChanges: true, cut);
    }

    /// <summary>
    /// The claims and their verdicts in plain words, each with how sure (the share of draws that agree)
    /// and what it rests on (stated, inferred and assumed inputs; the judgements by name).
    /// </summary>
    public static void WriteClaims(IAnsiConsole console, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Claims.Length == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Claims")
            .AddColumn("claim").AddColumn("verdict").AddColumn("how sure").AddColumn("rests on");
        foreach (var c in result.Claims)
        {
            string claim = $"[bold]{Esc(c.ClaimId)}[/]: {Esc(FirstSentence(c.Statement))}" + (c.With.IsEmpty ? string.Empty : $"\n[grey]with {Esc(string.Join(" + ", c.With))}[/]");
            string sure = c.Robustness is { } r ? Esc(VerdictWords.Robust(r)) : "no uncertain figure drawn";
            // Counts here; the report names every inferred or assumed input.
            string restsOn = Esc(c.RestsOn.Describe())
                + (c.RestsOn.Judgements.IsEmpty ? string.Empty : $"\n[yellow]{c.RestsOn.Judgements.Length} judgement(s)[/], named in the report");
            table.AddRow(claim, ClaimVerdict(Terms.DisplayName(c.Verdict), c.Frequency), sure, restsOn);
        }

        console.Write(table);
    }

    // The console shows a claim's first sentence; the report and JSON carry the whole statement.
    private static string FirstSentence(string text)
    {
        int cut = text.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? text : text[..(cut + 1)];
    }

    /// <summary>Writes what each variant changes; all compared answers, or only the changed ones; long lists cut as <paramref name="cut"/> says.</summary>
    public static void WriteComparisons(IAnsiConsole console, AnalysisResult result, bool onlyChanges, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Comparisons.IsEmpty)
        {
            return;
        }

        if (onlyChanges)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("What each lever changes").AddColumn("lever").AddColumn("basis").AddColumn("changes");
            foreach (var c in cut.Take(result.Comparisons))
            {
                var variant = result.Variants.First(v => v.Id == c.VariantId);
                table.AddRow(Esc(c.VariantId), variant.Assumed ? "assumption" : "stated", Esc(LensChangeText.Summary(c)));
            }

            console.Write(table);
            cut.Note(console, result.Comparisons.Length, "levers");
            return;
        }

        foreach (var c in cut.Take(result.Comparisons))
        {
            var variant = result.Variants.First(v => v.Id == c.VariantId);
            var table = new Table().Border(TableBorder.Rounded).Title($"{Esc(c.Name)} ({(variant.Assumed ? "assumption" : "stated")})")
                .AddColumn("lens").AddColumn("answer").AddColumn("as given").AddColumn("with the lever");
            foreach (var x in c.Changes)
            {
                // A symbol as well as bold, so a change survives piping.
                string after = x.Changed ? $"[bold]≠ {Esc(LensChangeText.Reading(x.After))}[/]" : Esc(LensChangeText.Reading(x.After));
                table.AddRow(Esc(LensChangeText.Lens(x.Lens)), Esc(LensChangeText.Subject(x.Subject)), Esc(LensChangeText.Reading(x.Before)), after);
            }

            console.Write(table);
            console.MarkupLine(Esc(LensChangeText.Summary(c)));
        }

        cut.Note(console, result.Comparisons.Length, "levers");

        foreach (var note in result.Variants[0].ForecastNotes)
        {
            console.MarkupLine($"[grey]forecast note:[/] {Esc(note)}");
        }
    }

    // The smallest blocking set, shortened: the report lists every set in full.
    private static string Blocks(TrackAgreement t)
    {
        if (t.Blocking.Length == 0)
        {
            return string.Empty;
        }

        var demands = t.Blocking[0].Demands;
        string shown = string.Join("; ", demands.Take(3).Select(d => d.Split(" (accepts", 2)[0]));
        string more = demands.Length > 3 ? $" and {demands.Length - 3} more" : string.Empty;
        string sets = t.Blocking.Length > 1 ? $" ({t.Blocking.Length} minimal sets)" : string.Empty;
        return $"{demands.Length} demand(s): {shown}{more}{sets}";
    }

    private static string Verdict(AgreementVerdict verdict) => verdict switch
    {
        AgreementVerdict.AgreementPossible => "[green]deal possible[/]",
        AgreementVerdict.NoAgreement => "[red]no deal[/]",
        _ => "[grey]no positions[/]",
    };

    // "supported in 48 % of draws: undecided" rather than a plain badge when draws were made.
    private static string ClaimVerdict(string verdict, double? frequency) => VerdictWords.ClaimClass(verdict, frequency) switch
    {
        "yes" => $"[green]{Esc(VerdictWords.Claim(verdict, frequency))}[/]",
        "no" => $"[red]{Esc(VerdictWords.Claim(verdict, frequency))}[/]",
        _ => $"[yellow]{Esc(VerdictWords.Claim(verdict, frequency))}[/]",
    };

    private static string LeverComparerFormat(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Span(IssueForecast f)
    {
        if (!f.Agreement.Options.IsEmpty)
        {
            return string.Join(" / ", f.Agreement.Options);
        }

        string unit = f.Unit == "axis 0–100" ? string.Empty : " " + f.Unit;
        return $"{F(f.Agreement.Low)}–{F(f.Agreement.High)}{unit}";
    }

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    private static string Esc(string text) => Markup.Escape(text);
}
