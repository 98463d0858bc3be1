using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Formats.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dynamics FILE [--track T]... [--lever L]... [--step S] [--format json]</c>: the dynamics lens.
/// Along the scenario's horizon, when the agreement space of each track is open, and the Nash solution
/// over time, as walk-away values and capabilities drift and levers take effect.
/// </summary>
[Description("When, along the horizon, is a deal possible on each track, as walk-away values drift and levers start?")]
public sealed class DynamicsCommand(IAnsiConsole console, OutputChannel output) : Command<DynamicsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DynamicsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        if (ScenarioInput.Read(output, settings.File, json) is not { } scenario)
        {
            return ExitCodes.InputErrors;
        }

        if (scenario.Dynamics is null)
        {
            output.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(settings.File)} has no 'dynamics' section, so there is no horizon to follow. Add one (see docs/scenario-format.md, \"dynamics\").");
            return ExitCodes.InputErrors;
        }

        if (ScenarioInput.UnknownTrackOrLever(scenario, settings.Tracks, settings.Levers) is { } problem)
        {
            output.Errors.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        DealWindowsResult result;
        try
        {
            result = DealWindows.Over(scenario, new DealWindowOptions { Step = settings.Step, Tracks = [.. settings.Tracks], Levers = [.. settings.Levers] });
        }
        catch (ArgumentException ex)
        {
            // A lever that cannot apply on top of the trends at some time: the user's input, said plainly.
            output.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }

        if (json)
        {
            output.Json(DynamicsJson.Serialize(scenario, result));
        }
        else
        {
            DynamicsRenderer.Write(console, scenario, result);
        }

        return ExitCodes.Ok;
    }

}
