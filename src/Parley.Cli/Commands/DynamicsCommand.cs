using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Formats.Json;
using Parley.Formats;
using Spectre.Console.Cli;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dynamics FILE [--track T]... [--lever L]... [--step S] [--format json]</c>: the dynamics lens.
/// Along the scenario's horizon, when the agreement space of each track is open, and the Nash solution
/// over time, as walk-away values and capabilities drift and levers take effect.
/// </summary>
[Description("When, along the horizon, is a deal possible on each track, as walk-away values drift and levers start?")]
public sealed class DynamicsCommand(IAnsiConsole console) : Command<DynamicsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DynamicsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        if (ScenarioInput.Read(console, settings.File, json) is not { } scenario)
        {
            return ExitCodes.InputErrors;
        }

        if (scenario.Dynamics is null)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(settings.File)} has no 'dynamics' section, so there is no horizon to follow. Add one (see docs/scenario-format.md, \"dynamics\").");
            return ExitCodes.InputErrors;
        }

        if (ScenarioInput.UnknownTrackOrLever(scenario, settings.Tracks, settings.Levers) is { } problem)
        {
            console.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
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
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }

        if (json)
        {
            console.Profile.Out.Writer.WriteLine(DynamicsJson.Serialize(scenario, result));
        }
        else
        {
            DynamicsRenderer.Write(console, scenario, result);
        }

        return ExitCodes.Ok;
    }

}
