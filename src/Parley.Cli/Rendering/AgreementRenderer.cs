using System.Globalization;
using Parley.Core.Agreement;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints an agreement report for a person: the verdict per track, common ground per issue and track,
/// then for each result its blocking sets or bargaining solutions, and the proposal table.
/// </summary>
public static class AgreementRenderer
{
    // Tied points of one bargaining solution printed by default: ties come in families, a few show the pattern.
    private const int SolutionRows = 5;

    /// <summary>Writes <paramref name="report"/> to <paramref name="console"/>, long lists cut as <paramref name="cut"/> says.</summary>
    public static void Write(IAnsiConsole console, AgreementReport report, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(cut);
        console.MarkupLine($"[bold]{Esc(report.Title)}[/] [grey]({Esc(report.ScenarioId)})[/]");
        if (!report.Levers.IsEmpty)
        {
            console.MarkupLine($"Levers pulled: {Esc(string.Join(", ", report.Levers))}");
        }

        var results = report.PerTrack.ToList();
        if (report.Selection is not null)
        {
            results.Add(report.Selection);
        }

        if (!report.PerTrack.Any(r => ReferenceEquals(r, report.Whole)))
        {
            results.Add(report.Whole);
        }
        var verdicts = new Table().Border(TableBorder.Rounded).Title("Verdict per track")
            .AddColumn("tracks").AddColumn("consenting actors").AddColumn(new TableColumn("packages").RightAligned())
            .AddColumn(new TableColumn("acceptable to all").RightAligned()).AddColumn("verdict");
        foreach (var r in results)
        {
            verdicts.AddRow(Esc(Name(r, report)), Esc(string.Join(", ", r.ActorIds)), r.Outcomes.ToString(CultureInfo.InvariantCulture), Esc(Size(r)), Verdict(r.Verdict));
        }

        console.Write(verdicts);

        var ground = new Table().Border(TableBorder.Rounded).Title("Common ground (options inside every consenting actor's red line)")
            .AddColumn("track").AddColumn("issue").AddColumn("common ground").AddColumn("why not");
        var rows = report.PerTrack.SelectMany(r => r.CommonGround.Select(g => (r, g))).ToList();
        foreach (var (r, g) in cut.Take(rows))
        {
            {
                ground.AddRow(Esc(r.Tracks[0]), Esc(g.IssueId), g.HasCommonGround ? $"[green]{Esc(string.Join(", ", g.Options))}[/]" : "[red]none[/]", g.HasCommonGround ? string.Empty : Esc(g.Reason));
            }
        }

        console.Write(ground);
        cut.Note(console, rows.Count, "issues of common ground");
        foreach (var r in results)
        {
            WriteResult(console, r, report, cut);
        }

        WriteProposals(console, report, cut);
    }

    private static void WriteResult(IAnsiConsole console, AgreementResult r, AgreementReport report, ListCut cut)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Esc(Name(r, report))}[/]").LeftJustified());
        console.MarkupLine(Esc(r.Explanation));
        foreach (var note in r.Notes)
        {
            console.MarkupLine($"[grey]note: {Esc(note)}[/]");
        }

        if (r.Blocking is { Sets.Length: > 0 } blocking)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(blocking.IsComplete ? "Minimal blocking sets" : "Minimal blocking sets found (search stopped)")
                .AddColumn("#").AddColumn("demands to relax").AddColumn("package it opens").AddColumn("sources");
            for (int k = 0; k < cut.Shown(blocking.Sets.Length); k++)
            {
                var set = blocking.Sets[k];
                table.AddRow(
                    (k + 1).ToString(CultureInfo.InvariantCulture),
                    Esc(string.Join("\n", set.Demands.Select(d => d.Describe()))),
                    Esc(set.Opens.Describe()),
                    Esc(string.Join(", ", set.Demands.SelectMany(d => d.Sources).Distinct())));
            }

            console.Write(table);
            cut.Note(console, blocking.Sets.Length, "blocking sets");
            if (!blocking.IsComplete)
            {
                console.MarkupLine($"[yellow]{Esc(blocking.Note)}[/]");
            }
        }

        if (r.Solutions is { } s)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"Bargaining solutions ({r.Frontier!.RationalPoints.Length} Pareto-optimal point(s) in the agreement space)")
                .AddColumn("solution").AddColumn("package").AddColumn("utilities");
            var all = new List<(string, BargainingSolution)> { ("Nash", s.Nash), ("Kalai–Smorodinsky", s.KalaiSmorodinsky), ("egalitarian", s.Egalitarian), ("utilitarian", s.Utilitarian) };
            if (s.GeniusNash is { } gn)
            {
                all.Add(("Nash (GENIUS)", gn));
            }

            if (s.GeniusKalaiSmorodinsky is { } gks)
            {
                all.Add(("Kalai–Smorodinsky (GENIUS)", gks));
            }

            if (s.NegmasKalaiSmorodinsky is { } nks)
            {
                all.Add(("Kalai–Smorodinsky (NegMAS)", nks));
            }

            foreach (var (name, solution) in all)
            {
                if (!solution.Exists)
                {
                    table.AddRow(name, Esc(solution.Reason ?? "none"), string.Empty);
                    continue;
                }

                foreach (var point in cut.Take(solution.Points, SolutionRows))
                {
                    string package = string.Join(", ", r.IssueIds.Select((id, i) => $"{id}={r.OptionIds[i][point.Packages[0][i]]}"));
                    if (point.PackageCount > 1)
                    {
                        package += $" (and {point.PackageCount - 1} tied)";
                    }

                    table.AddRow(name, Esc(package), Esc(Utilities(r.ActorIds, point.Utilities)));
                }

                if (cut.Shown(solution.Points.Length, SolutionRows) < solution.Points.Length)
                {
                    table.AddRow(name, $"[grey]… {solution.Points.Length - SolutionRows} more tied points left out (--all lists them)[/]", string.Empty);
                }
            }

            console.Write(table);
        }
    }

    private static void WriteProposals(IAnsiConsole console, AgreementReport report, ListCut cut)
    {
        if (report.Proposals.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("Proposals")
            .AddColumn("proposal").AddColumn("actor").AddColumn(new TableColumn("utility").RightAligned())
            .AddColumn(new TableColumn("walk-away").RightAligned()).AddColumn("answer").AddColumn("why it rejects");
        var nearest = new List<string>();
        foreach (var p in cut.Take(report.Proposals))
        {
            if (p.Responses.IsEmpty)
            {
                table.AddRow(Esc(p.ProposalId), "-", "-", "-", "-", Esc(string.Join(" ", p.Notes)));
                continue;
            }

            bool first = true;
            foreach (var r in p.Responses)
            {
                table.AddRow(
                    first ? Esc(p.ProposalId) : string.Empty,
                    Esc(r.ActorId),
                    Number(r.Utility),
                    Number(r.WalkAway),
                    r.Accepts ? "[green]accepts[/]" : "[red]rejects[/]",
                    Esc(Why(r)));
                first = false;
            }

            nearest.Add(p.AcceptedByAll
                ? $"{p.ProposalId}: accepted by every consenting actor."
                : p.Nearest is { } n
                    ? $"{p.ProposalId}: nearest acceptable package changes {n.ChangedIssues.Length} issue(s) ({string.Join(", ", n.ChangedIssues)}){(n.IsProvenNearest ? string.Empty : ", not proven nearest")}: {n.Package.Describe()}"
                    : $"{p.ProposalId}: no package of its issues is acceptable to every consenting actor.");
        }

        console.Write(table);
        cut.Note(console, report.Proposals.Length, "proposals");
        foreach (var line in nearest)
        {
            console.MarkupLine(Esc(line));
        }
    }

    // The reasons in brief: each red line crossed, and the shortfall below the walk-away value.
    private static string Why(ActorResponse r)
    {
        var parts = r.Breaches.Select(b => $"red line on {b.IssueId} ({b.OptionId})").ToList();
        if (r.Shortfall > 0)
        {
            parts.Add($"{Number(r.Shortfall)} below walk-away");
        }

        return string.Join("; ", parts);
    }

    private static string Name(AgreementResult r, AgreementReport report) =>
        ReferenceEquals(r, report.Whole) && !report.PerTrack.Any(t => ReferenceEquals(t, r)) ? "whole scenario" : string.Join(" + ", r.Tracks);

    private static string Size(AgreementResult r) => r.Space.Size.IsExact
        ? r.Space.Size.Lower.ToString(CultureInfo.InvariantCulture)
        : $"{r.Space.Size.Lower}..{r.Space.Size.Upper} (bounds)";

    private static string Verdict(AgreementVerdict v) => v switch
    {
        AgreementVerdict.AgreementPossible => "[green]agreement possible[/]",
        AgreementVerdict.NoAgreement => "[red]no agreement[/]",
        _ => "[yellow]no positions[/]",
    };

    private static string Utilities(IEnumerable<string> actors, IReadOnlyList<double> utilities) =>
        string.Join(", ", actors.Select((id, a) => $"{id} {Number(utilities[a])}"));

    private static string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Esc(string text) => Markup.Escape(text);
}
