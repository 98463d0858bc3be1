using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Agreement;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Formats;
using Parley.Formats.Genius;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Json;
using Parley.Formats.Json.Dto;
using Parley.Formats.Json.Dto.Agree;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley agree FILE [--track T]... [--lever L]... [--format json]</c>: the agreement lens. Is there a
/// deal every party with a veto could accept; if not, what blocks it and where common ground remains; if so,
/// which deals are efficient and fair; how each proposal fares.
/// </summary>
[Description("Is there a deal every party could accept? What blocks it, where is common ground, which deals are fair, how do proposals fare.")]
public sealed class AgreeCommand(IAnsiConsole console, OutputChannel output) : Command<AgreeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, AgreeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string first = settings.Files[0];
        var read = first.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? GeniusImporter.Read(first, settings.Files[1..])
            : first.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GeniusWebImporter.Read(first, settings.Files[1..])
            : ScenarioFiles.Read(first);
        bool json = settings.Format == OutputFormat.Json;
        if (read.Value is null)
        {
            if (json)
            {
                output.Json(CheckDocument.From(output.Command, settings.Files[0], read));
            }
            else
            {
                output.Diagnostics(json: false, diagnostics: read.Diagnostics);
                int errors = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                output.Errors.MarkupLine($"[red]{errors} error(s)[/]; nothing was analysed.");
            }

            return ExitCodes.InputErrors;
        }

        output.Diagnostics(read.Diagnostics, json);

        var scenario = read.Value;
        if (ScenarioInput.UnknownTrack(scenario, settings.Tracks) is { } problem)
        {
            output.Errors.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        if (ScenarioInput.Variant(output.Errors, scenario, settings.Levers, AtOption.Date(settings.At)) is not { } key)
        {
            return ExitCodes.UsageError;
        }

        var session = new LensSession(scenario);
        if (ScenarioInput.Derive(output.Errors, session, key) is null)
        {
            return ExitCodes.InputErrors;
        }

        var report = session.AgreementReport(key, [.. settings.Tracks])!;

        if (json)
        {
            output.Json(AgreeDocument.From(report));
        }
        else
        {
            AtOption.Announce(console, key.Date);
            AgreementRenderer.Write(console, report, settings.Cut);
        }

        return ExitCodes.Ok;
    }

}
