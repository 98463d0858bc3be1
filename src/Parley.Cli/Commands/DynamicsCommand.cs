using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Session;
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

        if (ScenarioInput.UnknownTrack(scenario, settings.Tracks) is { } problem)
        {
            output.Errors.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        if (ScenarioInput.Variant(output.Errors, scenario, settings.Levers) is not { } key)
        {
            return ExitCodes.UsageError;
        }

        // --at DATE: besides the windows over the whole horizon, the gap on each track as of that date,
        // derived through the variant key like every other command's --at.
        var date = AtOption.Date(settings.At);
        if (date is not null && ScenarioInput.Variant(output.Errors, scenario, settings.Levers, date) is null)
        {
            return ExitCodes.UsageError;
        }

        // The command's grid: --step, else the engine's default of 24 steps, with ends found to 1/64 step.
        double step = settings.Step ?? scenario.Dynamics.Horizon.Length / 24;
        var session = new LensSession(scenario, new LensOptions { WindowStep = step, WindowPrecision = step / 64, WindowSolutions = true });
        var windows = session.Windows(key)!;
        if (windows.Failure is { } failure)
        {
            // A lever that cannot apply on top of the trends at some time: the user's input, said plainly.
            output.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(failure)}");
            return ExitCodes.InputErrors;
        }

        var result = windows.Windows!;
        if (settings.Tracks.Length > 0)
        {
            result = result with { Tracks = [.. result.Tracks.Where(t => settings.Tracks.Contains(t.Track))] };
        }

        var gaps = date is { } d
            ? GapOverTime.Of(scenario, [.. result.Tracks.Select(t => t.Track)], [d], key.Levers, session.Options.Agreement)
            : [];
        if (json)
        {
            output.Json(DynamicsJson.Document(scenario, result) with { AsOf = date is null ? null : DynamicsJson.Gaps(gaps) });
        }
        else
        {
            DynamicsRenderer.Write(console, scenario, result, settings.Cut);
            DynamicsRenderer.WriteGaps(console, gaps);
        }

        return ExitCodes.Ok;
    }

}
