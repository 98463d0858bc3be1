using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Formats.Json;
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
        if (settings.Format == OutputFormat.Json)
        {
            var summary = result.Scenario is null ? null : CheckSummaryJson.From(ScenarioSummary.Of(result.Scenario));
            output.Json(JsonOutput.Serialize(new CheckReport(settings.File, result.Succeeded, [.. result.Diagnostics.Select(DiagnosticJson.From)], summary)));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.InputErrors;
        }

        DiagnosticRenderer.WriteQuoted(output.Errors, result.Diagnostics);
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
