using System.Globalization;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints simulated negotiations for a person: per track, each strategy's score over the tournament and,
/// for two-party tracks, the outcome of every pairing as a matrix.
/// </summary>
public static class SimulationRenderer
{
    /// <summary>Writes <paramref name="simulations"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, Scenario scenario, IReadOnlyList<TrackSimulation> simulations, int rounds, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(simulations);
        console.MarkupLine($"[bold]{Esc(scenario.Title)}[/] [grey]({Esc(scenario.Id)})[/]");
        console.MarkupLine($"Alternating offers, {rounds} rounds; every strategy against every other, self-play included.");
        foreach (var s in cut.Take(simulations))
        {
            console.WriteLine();
            if (s.Negotiation is null || s.Result is null)
            {
                console.MarkupLine($"[bold]{Esc(s.Track)}[/]: skipped — {Esc(s.Skipped ?? "not simulated")}.");
                continue;
            }

            var n = s.Negotiation;
            string unit = scenario.Dynamics?.Horizon.Unit ?? "time units";
            console.MarkupLine($"[bold]{Esc(s.Track)}[/] ({Esc(string.Join(", ", n.ActorIds))}): {n.Problem.OutcomeCount:N0} packages, talks from {Num(n.From)} to {Num(n.To)} {Esc(unit)}");
            var scores = new Table().Border(TableBorder.Rounded).AddColumn("strategy")
                .AddColumn(new TableColumn("agreements").RightAligned()).AddColumn(new TableColumn("mean utility").RightAligned())
                .AddColumn(new TableColumn("mean gain over walk-away").RightAligned());
            foreach (var score in s.Result.Scores)
            {
                scores.AddRow(Esc(score.Strategy), $"{score.Agreements}/{score.Seats}", Num(score.MeanUtility), Num(score.MeanAdvantage));
            }

            console.Write(scores);
            if (n.ActorIds.Length == 2)
            {
                WriteMatrix(console, s);
            }
        }

        cut.Note(console, simulations.Count, "tracks");
    }

    private static void WriteMatrix(IAnsiConsole console, TrackSimulation s)
    {
        var result = s.Result!;
        var actors = s.Negotiation!.ActorIds;
        var names = result.Scores.Select(x => x.Strategy).ToList();
        var table = new Table().Border(TableBorder.Simple).Title($"{actors[0]} (rows) against {actors[1]} (columns): round of agreement and utilities")
            .AddColumn(string.Empty);
        foreach (var name in names)
        {
            table.AddColumn(Esc(name));
        }

        for (int a = 0; a < names.Count; a++)
        {
            var cells = new List<string> { Esc(names[a]) };
            for (int b = 0; b < names.Count; b++)
            {
                var r = result.Runs[(a * names.Count) + b].Result;
                cells.Add(r.Agreed ? $"r{r.AgreementRound}: {Num(r.Utilities[0])} / {Num(r.Utilities[1])}" : "[grey]none[/]");
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Esc(string text) => Markup.Escape(text);
}
