using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.EndStates;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints the end states for a person: one table per variant (as given, then each lever) with each end
/// state's probability, whether and by whose moves the status quo reaches it, and the concepts with an
/// equilibrium in it; then whether the end states partition the outcomes.
/// </summary>
public static class EndStatesRenderer
{
    /// <summary>Writes <paramref name="reports"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, Scenario scenario, ImmutableArray<EndStateReport> reports)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(scenario);
        console.MarkupLine($"[bold]{Esc(scenario.Title)}[/] [grey]({Esc(scenario.Id)})[/]");
        foreach (var report in reports)
        {
            string variant = report.Levers.IsEmpty ? "as given" : $"with {string.Join(" + ", report.Levers)}";
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"End states {Esc(variant)} ({report.Draws} draw{(report.Draws == 1 ? string.Empty : "s")}, seed {report.Seed})")
                .AddColumn("end state").AddColumn(new TableColumn("probability").RightAligned()).AddColumn("reached from the status quo").AddColumn("equilibria");
            foreach (var e in report.EndStates)
            {
                string name = scenario.EndStates.FirstOrDefault(x => x.Id == e.EndStateId)?.Name ?? e.EndStateId;
                string reach = e.Reachable switch
                {
                    null => "–",
                    false => "no",
                    true when e.Path.IsEmpty => "yes (holds now)",
                    _ => $"yes, by {string.Join(", ", e.Movers)}",
                };
                var concepts = e.Equilibria.Where(c => c.Contains).Select(c => Terms.DisplayName(c.Concept)).ToList();
                table.AddRow(Esc(name), e.Probability.ToString("0.###", CultureInfo.InvariantCulture), Esc(reach), concepts.Count == 0 ? "none" : Esc(string.Join(", ", concepts)));
            }

            console.Write(table);
            console.MarkupLine(report.IsPartition
                ? "The end states partition the outcomes: their probabilities sum to 1."
                : Esc($"Not a partition: {Share(report.Unmatched)} of draws end in no named end state, {Share(report.Overlapping)} in more than one."));
        }
    }

    private static string Share(double share) => share.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Esc(string text) => Markup.Escape(text);
}
