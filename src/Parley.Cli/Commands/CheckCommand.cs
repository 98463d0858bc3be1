using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Formats.Json;
using Parley.Formats.Json.Dto;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley check FILE</c>: reads a scenario and prints its overview, or every problem with its location.</summary>
[Description("Check any input file (scenario, .gmcr, KTAB, EUM, DEU, GENIUS, GeniusWeb) and print an overview of it, or every problem with its line and column.")]
public sealed class CheckCommand(IAnsiConsole console, OutputChannel output) : Command<CheckSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = CheckedInput.Read(settings.Files);
        var date = AtOption.Date(settings.At);
        if (date is not null && result.Scenario is { } read)
        {
            // --at DATE: the overview of the scenario as of that date, derived by the lens session.
            if (ScenarioInput.Variant(output.Errors, read, [], date) is not { } key)
            {
                return ExitCodes.UsageError;
            }

            if (ScenarioInput.Derive(output.Errors, new Core.Session.LensSession(read), key) is not { } dated)
            {
                return ExitCodes.InputErrors;
            }

            result = result with { Scenario = dated };
        }
        else if (date is not null && result.Succeeded)
        {
            output.Errors.MarkupLine($"[red]Usage error:[/] --at needs a scenario; {Markup.Escape(settings.File)} was read as a {Markup.Escape(result.Kind)}, which has no dates.");
            return ExitCodes.UsageError;
        }

        if (settings.Format == OutputFormat.Json)
        {
            var summary = result.Scenario is null ? null : CheckSummaryJson.From(ScenarioSummary.Of(result.Scenario));
            output.Json(new CheckDocument(output.Command, settings.File, result.Succeeded, summary) { Diagnostics = [.. result.Diagnostics.Select(DiagnosticJson.From)] });
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.InputErrors;
        }

        // A file with thousands of problems shows the first screenful; the count below says how many there are.
        DiagnosticRenderer.WriteQuoted(output.Errors, settings.Cut.Take(result.Diagnostics));
        settings.Cut.Note(output.Errors, result.Diagnostics.Length, "diagnostics");
        if (!result.Succeeded)
        {
            int errors = result.Diagnostics.Count(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
            output.Errors.MarkupLine($"[red]{errors} error(s)[/] in {Markup.Escape(settings.File)}; nothing was analysed.");
            return ExitCodes.InputErrors;
        }

        if (result.Scenario is null)
        {
            console.MarkupLine($"[green bold]OK[/] {Markup.Escape(settings.File)} [grey](read as a {Markup.Escape(result.Kind)}; {result.Diagnostics.Length} warning(s))[/]");
            return ExitCodes.Ok;
        }

        AtOption.Announce(console, date);
        WriteSummary(ScenarioSummary.Of(result.Scenario), result.Diagnostics.Length);
        return ExitCodes.Ok;
    }

    private void WriteSummary(ScenarioSummary s, int warnings)
    {
        console.MarkupLine($"[green bold]OK[/] {Markup.Escape(s.Title)} [grey]({Markup.Escape(s.Id)})[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("part").AddColumn("count").AddColumn("detail");
        table.AddRow("actors", s.ActorsByRole.Sum(kv => kv.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", s.ActorsByRole.Select(kv => $"{kv.Value} {kv.Key.ToString().ToLowerInvariant()}"))));
        table.AddRow("issues", s.IssuesByTrack.Sum(kv => kv.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", s.IssuesByTrack.Select(kv => $"{kv.Key}: {kv.Value}"))));
        table.AddRow("positions", s.Positions.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.Stands} issue stands");
        table.AddRow("red lines", s.RedLines.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), s.RedLines.ToString());
        table.AddRow("figures", s.Figures.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.Figures} (capabilities, walk-aways, weights, interactions)");
        if (s.Preferences.Total > 0)
        {
            table.AddRow("preferences", s.Preferences.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.Preferences} conflict preference statements");
        }
        table.AddRow("proposals", s.Proposals.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("levers", s.Levers.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Levers == 0 ? string.Empty : s.LeverBases.ToString());
        table.AddRow("claims", s.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("sources", s.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("warnings", warnings.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
        console.Write(table);
    }
}
