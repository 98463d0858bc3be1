using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Words;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints the stability lens for a person: the states (small conflicts), the equilibria per concept,
/// the status quo with the reason behind each verdict, the paths from the status quo and the coalitions.
/// </summary>
public static class StabilityRenderer
{
    private const int StateTableLimit = 64;
    private const int ListLimit = 40;

    /// <summary>Writes <paramref name="report"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<string> levers, StabilityReport report, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(levers);
        var model = report.Model;
        var result = report.Result;
        console.MarkupLine($"[bold]{Esc(title)}[/]: {model.DecisionMakers.Length} decision makers, {model.OptionCount} options, {model.StateCount} feasible states.");
        if (levers.Count > 0)
        {
            console.MarkupLine($"Levers pulled: {Esc(string.Join(", ", levers))}");
        }

        if (model.IsOptionForm && (model.StateCount <= StateTableLimit || cut.All))
        {
            var table = new Table().Border(TableBorder.Rounded).Title("States (gmcr-py numbering)").AddColumn(new TableColumn("state").RightAligned()).AddColumn(new TableColumn("decimal").RightAligned());
            foreach (var dm in model.DecisionMakers)
            {
                table.AddColumn(Esc(dm));
            }

            for (int s = 0; s < model.StateCount; s++)
            {
                var row = new List<string> { GraphModel.Ordinal(s).ToString(System.Globalization.CultureInfo.InvariantCulture), model.DecimalCode(s).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                row.AddRange(Enumerable.Range(0, model.DecisionMakers.Length).Select(d => Esc(Taken(model, s, d))));
                table.AddRow(row.ToArray());
            }

            console.Write(table);
        }
        else if (model.IsOptionForm)
        {
            console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[grey]The table of the {model.StateCount:N0} states is left out (--all prints it).[/]"));
        }

        var eq = new Table().Border(TableBorder.Simple).AddColumn("concept").AddColumn(new TableColumn("count").RightAligned()).AddColumn("equilibria (state numbers)");
        foreach (var c in result.Concepts)
        {
            var list = result.Equilibria(c);
            eq.AddRow(Terms.DisplayName(c), list.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Esc(Ordinals(list, cut)));
        }

        console.Write(eq);
        if (model.StatusQuo is int sq)
        {
            console.MarkupLine($"[bold]Status quo[/]: state {GraphModel.Ordinal(sq)} ({Esc(StateWords.Describe(model, sq))}).");
            var deterrence = report.StatusQuoDeterrence.IsDefault ? [] : report.StatusQuoDeterrence;

            // A decision maker with no improving move is stable under every concept: say so once, not per concept.
            var untempted = deterrence.Where(d => d.Basis == StabilityBasis.NoImprovement).Select(d => d.DecisionMaker).Distinct().ToHashSet();
            if (untempted.Count > 0)
            {
                console.MarkupLine($"  Nothing tempts {Esc(string.Join(", ", untempted.Order().Select(d => model.DecisionMakers[d])))}: no move of {(untempted.Count == 1 ? "its" : "their")} own improves on the status quo, so it is stable for {(untempted.Count == 1 ? "it" : "them")} under every concept (Nash).");
            }

            foreach (var c in result.Concepts)
            {
                var unstable = Enumerable.Range(0, result.Movers.Length).Where(d => !result.IsStable(c, d, sq)).Select(d => result.Movers[d]).ToList();
                var held = deterrence.Where(d => d.Concept == c && d.Basis == StabilityBasis.EveryImprovementSanctioned).Select(d => model.DecisionMakers[d.DecisionMaker]).ToList();
                string how = held.Count == 0 ? string.Empty : $"; held by sanctions for {string.Join(", ", held)}";
                console.MarkupLine(unstable.Count == 0
                    ? $"  [green]✓ {Terms.DisplayName(c)}[/]: stable for every decision maker{Esc(how)}."
                    : $"  [red]✗ {Terms.DisplayName(c)}[/]: not stable for {Esc(string.Join(", ", unstable))}{Esc(how)}.");
                foreach (var d in deterrence.Where(d => d.Concept == c && d.Basis != StabilityBasis.NoImprovement))
                {
                    console.MarkupLine($"    {Esc(DeterrenceSentences.Summary(model, d))}");
                    if (d.Improvements.Length > 1)
                    {
                        foreach (var i in cut.Take(d.Improvements))
                        {
                            console.MarkupLine($"      → {Esc(DeterrenceSentences.Improvement(model, d, i))}");
                        }

                        cut.Note(console, d.Improvements.Length, "improvements", indent: "      ");
                    }
                }
            }
        }
        else
        {
            console.MarkupLine("[grey]The conflict gives no status quo.[/]");
        }

        foreach (var (concept, paths) in report.StatusQuoPaths.OrderBy(kv => kv.Key))
        {
            console.MarkupLine($"[bold]From the status quo to the {Terms.DisplayName(concept)} equilibria[/]");
            var reachable = paths.Where(p => p.Reachable).ToList();
            foreach (var p in cut.Take(reachable))
            {
                string steps = p.Steps.IsEmpty ? "(the status quo itself)" : string.Join(", ", p.Steps.Select(m => $"{m.Mover} {GraphModel.Ordinal(m.From)}→{GraphModel.Ordinal(m.To)}"));
                console.MarkupLine($"  {GraphModel.Ordinal(p.Target)}: {Esc(steps)}");
            }

            cut.Note(console, reachable.Count, "reachable equilibria", indent: "  ");
            var unreachable = paths.Where(p => !p.Reachable).Select(p => p.Target).ToList();
            if (unreachable.Count > 0)
            {
                console.MarkupLine($"  Not reachable by improvements: {Esc(Ordinals(unreachable, cut))}");
            }
        }

        foreach (var c in report.Coalitions)
        {
            console.MarkupLine($"[bold]Coalition {Esc(string.Join("+", c.Stability.Members))}[/]");
            foreach (var (concept, states) in c.Stability.StableStates.OrderBy(kv => kv.Key))
            {
                var both = result.Concepts.Contains(concept) ? result.Equilibria(concept).Where(states.Contains).ToList() : [];
                console.MarkupLine($"  {Terms.DisplayName(concept)}: equilibria that are also coalition-stable: {Esc(Ordinals(both, cut))}");
            }

            console.MarkupLine(c.FromStatusQuo.IsEmpty
                ? "  No coalitional improvement from the status quo."
                : $"  Coalitional improvements from the status quo: {Esc(string.Join("; ", c.FromStatusQuo.Select(ci => $"{GraphModel.Ordinal(ci.To)} via {string.Join(", ", ci.Path.Select(m => $"{m.Mover} {GraphModel.Ordinal(m.From)}→{GraphModel.Ordinal(m.To)}"))}")))}");
        }
    }

    /// <summary>Writes the inverse search: per concept, how many rankings make the state an equilibrium, with an example.</summary>
    public static void WriteInverse(IAnsiConsole console, StabilityReport report, InverseFinding inverse)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(inverse);
        var model = report.Model;
        var result = report.Result;
        var r = inverse.Result;
        int state = GraphModel.Ordinal(r.DesiredState);
        console.MarkupLine($"[bold]Inverse GMCR[/]: which rankings of {Esc(r.DecisionMaker)} make state {state} ({Esc(Describe(model, r.DesiredState))}) an equilibrium");
        console.MarkupLine($"  {r.CandidateCount:N0} rankings tried: every order of the top {inverse.Positions} positions of {Esc(r.DecisionMaker)}'s ranking, the rest kept.");
        console.MarkupLine($"  Current ranking (best first): {Esc(Ranking(inverse.CurrentRanking, inverse.Positions, model.StateCount))}");
        int at = inverse.CurrentRanking.IndexOf(r.DesiredState) + 1;
        if (at > inverse.Positions)
        {
            // The bounded search cannot lift the state itself; say so, or a column of zeros reads as "never stable".
            console.MarkupLine($"  [yellow]State {state} stands at position {at}, below the permuted top {inverse.Positions}:[/] only the states above it are reordered.");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("concept").AddColumn("now").AddColumn(new TableColumn("rankings").RightAligned()).AddColumn(new TableColumn("share").RightAligned()).AddColumn("example ranking (best first)");
        foreach (var c in r.Matching.Keys.Order())
        {
            int count = r.Count(c);
            table.AddRow(
                Terms.DisplayName(c),
                !result.Concepts.Contains(c) ? "-" : Enumerable.Range(0, result.Movers.Length).All(d => result.IsStable(c, d, r.DesiredState)) ? "stable" : "unstable",
                count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                ((double)count / r.CandidateCount).ToString("P1", System.Globalization.CultureInfo.InvariantCulture),
                inverse.Examples.TryGetValue(c, out var example) ? Esc(Ranking(example, inverse.Positions, model.StateCount)) : "none");
        }

        console.Write(table);
        console.MarkupLine($"  A ranking counts when state {state} is stable for every decision maker under it (for GMR, SMR and SEQ every improvement must be deterred).");
    }

    /// <summary>The top positions of a ranking as ordinals; the untouched rest is elided in large conflicts.</summary>
    private static string Ranking(IReadOnlyList<int> ranking, int positions, int stateCount)
    {
        int shown = stateCount <= ListLimit ? stateCount : positions;
        return string.Join(" > ", ranking.Take(shown).Select(GraphModel.Ordinal)) + (shown < stateCount ? " > … (rest as now)" : string.Empty);
    }

    private static string Describe(GraphModel model, int s) => StateWords.Describe(model, s);

    /// <summary>The options <paramref name="d"/> takes at <paramref name="s"/>, by name, or "—".</summary>
    private static string Taken(GraphModel model, int s, int d)
    {
        var taken = model.OptionBitsOf(d).Where(b => model.IsTaken(s, b)).Select(b => model.OptionNames[b]).ToList();
        return taken.Count == 0 ? StateWords.NothingTaken : string.Join(", ", taken);
    }

    private static string Ordinals(IReadOnlyCollection<int> states, ListCut cut) =>
        states.Count == 0 ? "none" : string.Join(", ", cut.Take(states, ListLimit).Select(GraphModel.Ordinal)) + cut.Suffix(states.Count, ListLimit);

    private static string Esc(string s) => Markup.Escape(s);
}
