using System.Globalization;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints the dynamics lens for a person: the horizon and trends, then per track a strip of the
/// horizon (█ deal possible, · none), the windows in a sentence, and a table of the times at which
/// the verdict or the Nash solution changes.
/// </summary>
public static class DynamicsRenderer
{
    /// <summary>Writes the windows of <paramref name="scenario"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, Scenario scenario, DealWindowsResult result, ListCut cut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var horizon = result.Horizon;
        console.MarkupLine($"[bold]{Esc(scenario.Title)}[/] [grey]({Esc(scenario.Id)})[/]");
        console.MarkupLine($"Horizon: {Num(horizon.Length)} {Esc(horizon.Unit)}{(horizon.Start is null ? string.Empty : $" from {Esc(horizon.Start)}")}, sampled every {Num(result.Step)}.");
        if (!result.Levers.IsEmpty)
        {
            console.MarkupLine($"Levers pulled: {Esc(string.Join(", ", result.Levers.Select(id => Lever(scenario, id))))}");
        }

        var trends = new Table().Border(TableBorder.Rounded).Title("Trends").AddColumn("actor").AddColumn("figure").AddColumn("over time").AddColumn("basis");
        foreach (var t in cut.Take(scenario.Dynamics!.Trends))
        {
            trends.AddRow(Esc(t.ActorId), t.Target == TrendTarget.WalkAway ? "walk-away" : "capability", Esc(t.Curve.Describe()), t.Provenance == Provenance.Stated ? "stated" : $"[yellow]{t.Provenance.Word()}[/]");
        }

        console.Write(trends);
        cut.Note(console, scenario.Dynamics.Trends.Length, "trends");
        foreach (var track in result.Tracks)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Esc(track.Track)}[/]  {Strip(track, result)}");
            console.MarkupLine(Esc(track.Explanation));
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn(new TableColumn("time").RightAligned()).AddColumn("deal").AddColumn("walk-away values").AddColumn("Nash solution (utilities)");
            TrackSample? previous = null;
            int rows = 0;
            foreach (var s in track.Samples)
            {
                bool last = ReferenceEquals(s, track.Samples[^1]);
                if (previous is null || last || s.Open != previous.Open || Nash(track, s) != Nash(track, previous))
                {
                    if (rows++ < cut.MaxRows)
                    {
                        table.AddRow(When(s), s.Open ? "[green]possible[/]" : $"[red]none[/]{Shut(s.Gap)}", Esc(ByActor(track, s.WalkAways)), Esc(Nash(track, s)));
                    }
                }

                previous = s;
            }

            console.Write(table);
            cut.Note(console, rows, "times at which the deal or the Nash solution changes");
        }
    }

    /// <summary>Writes the gap of each track as of the dates of <c>--at</c> (nothing when there are none).</summary>
    public static void WriteGaps(IAnsiConsole console, System.Collections.Immutable.ImmutableArray<DatedGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(console);
        foreach (var g in gaps)
        {
            string date = g.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string verdict = g.Failure is { } failure ? $"[yellow]not measured[/]: {Esc(failure)}"
                : g.Open ? "[green]a deal is possible[/]"
                : "[red]no deal[/]" + Shut(g.Gap);
            console.MarkupLine($"As of {date}, [bold]{Esc(g.Track)}[/]: {verdict}");
        }
    }

    // One character per grid step: the verdict at the sample at or just before each grid time.
    private static string Strip(TrackWindows track, DealWindowsResult result)
    {
        var chars = new System.Text.StringBuilder();
        int cells = (int)Math.Floor(result.Horizon.Length / result.Step) + 1;
        for (int k = 0; k < cells; k++)
        {
            double t = Math.Min(result.Horizon.Length, k * result.Step);
            TrackSample? at = null;
            foreach (var s in track.Samples)
            {
                if (s.Time <= t)
                {
                    at = s;
                }
            }

            chars.Append(at is { Open: true } ? "[green]█[/]" : "[grey]·[/]");
        }

        return chars.ToString();
    }

    // Dates print as dates when the horizon has a calendar.
    private static string When(TrackSample s) => s.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Num(s.Time);

    // What keeps the deal shut at a closed sample, and how far it is: smallest blocking set, walk-away shortfall.
    private static string Shut(Parley.Core.Agreement.AgreementGap? found)
    {
        if (found is not { } gap)
        {
            return string.Empty;
        }

        string kind = gap.Barrier switch
        {
            Parley.Core.Agreement.DealBarrier.RedLines => "red lines",
            Parley.Core.Agreement.DealBarrier.WalkAways => "walk-away values",
            Parley.Core.Agreement.DealBarrier.RedLinesAndWalkAways => "red lines; walk-away values",
            _ => "red lines with walk-away values",
        };
        string size = gap.SmallestBlockingSet is { } n ? $", relax {n}" : string.Empty;
        string shortfall = gap.WalkAwayShortfall is { } d ? $", gap {d.ToString("G3", CultureInfo.InvariantCulture)}" : string.Empty;
        return Esc($": {kind}{size}{shortfall}");
    }

    private static string Nash(TrackWindows track, TrackSample s) =>
        s.Nash is { Exists: true } n ? ByActor(track, n.Points[0].Utilities) + (n.Points.Length > 1 ? $" ({n.Points.Length} tied)" : string.Empty) : "–";

    private static string ByActor(TrackWindows track, System.Collections.Immutable.ImmutableArray<double> values) =>
        string.Join(", ", track.ActorIds.Select((a, i) => i < values.Length ? $"{a} {Num(values[i])}" : a));

    private static string Lever(Scenario scenario, string id) =>
        scenario.FindLever(id)?.StartsAt is { } start ? $"{id} (from {Num(start)})" : id;

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Esc(string text) => Markup.Escape(text);
}
