using System.Globalization;
using Parley.Core.Analysis;
using Parley.Core.Vocabulary;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// The end-state part of <c>analyze</c>'s summary: each end state's probability as given and under each
/// lever, whether the status quo reaches it (and by whose moves) and which concepts hold an equilibrium in
/// it, then whether the end states partition the outcomes.
/// </summary>
public static class AnalysisEndStatesRenderer
{
    /// <summary>Writes the end states of <paramref name="result"/>; nothing when the scenario names none.</summary>
    public static void Write(IAnsiConsole console, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Variants[0].EndStates is not { } given)
        {
            return;
        }

        var others = result.Variants.Skip(1).Where(v => v.EndStates is not null).ToList();
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"End states ({given.Draws} draw{(given.Draws == 1 ? string.Empty : "s")}, seed {given.Seed})")
            .AddColumn("end state").AddColumn(new TableColumn("as given").RightAligned());
        foreach (var v in others)
        {
            table.AddColumn(new TableColumn(Markup.Escape(v.Id)).RightAligned());
        }

        table.AddColumn("reached from the status quo").AddColumn("equilibria");
        foreach (var e in given.EndStates)
        {
            var row = new List<string> { Markup.Escape(e.Name), Share(e.Probability) };
            row.AddRange(others.Select(v => v.EndStates!.EndStates.FirstOrDefault(x => x.Id == e.Id) is { } o ? Share(o.Probability) : "–"));
            row.Add(Markup.Escape(Reach(e)));
            var concepts = e.Equilibria.Where(c => c.Contains).Select(c => Terms.DisplayName(c.Concept)).ToList();
            row.Add(concepts.Count == 0 ? "none" : Markup.Escape(string.Join(", ", concepts)));
            table.AddRow([.. row]);
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(given.Note));
        foreach (var v in others.Where(v => v.EndStates!.IsPartition != given.IsPartition || !v.EndStates.IsPartition))
        {
            console.MarkupLine($"[grey]{Markup.Escape(v.Id)}:[/] {Markup.Escape(v.EndStates!.Note)}");
        }
    }

    /// <summary>Whether and how the status quo reaches an end state, in words.</summary>
    public static string Reach(EndStateOutcome e) => e.Reachable switch
    {
        null => "–",
        false => "no",
        true when e.HoldsNow => "yes (holds now)",
        _ => $"yes, by {string.Join(", ", e.Movers)}",
    };

    private static string Share(double p) => p.ToString("0.###", CultureInfo.InvariantCulture);
}
