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
/// <c>parley simulate FILE [--track T]... [--lever L]... [--from T0] [--to T1] [--rounds N] [--format json]</c>:
/// simulated negotiation. On each track, negotiators with the Boulware, linear, conceder, tit-for-tat and
/// hard-line strategies meet in every assignment, their walk-away values drifting along the horizon.
/// </summary>
[Description("How do negotiators with given strategies fare on each track, as walk-away values drift?")]
public sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    private static readonly NegotiationStrategy[] Strategies =
    [
        NegotiationStrategy.Boulware, NegotiationStrategy.Linear, NegotiationStrategy.Conceder,
        NegotiationStrategy.TitForTat, NegotiationStrategy.HardLiner,
    ];

    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var read = ScenarioFiles.Read(settings.File);
        bool json = settings.Format == OutputFormat.Json;
        if (read.Value is null)
        {
            if (json)
            {
                console.Profile.Out.Writer.WriteLine(JsonOutput.Serialize(CheckReport.From(settings.File, read)));
            }
            else
            {
                DiagnosticRenderer.Write(console, read.Diagnostics, DiagnosticRenderer.TryReadLines(settings.File));
                int errors = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                console.MarkupLine($"[red]{errors} error(s)[/] in {Markup.Escape(settings.File)}; nothing was analysed.");
            }

            return ExitCodes.InputErrors;
        }

        if (!json)
        {
            DiagnosticRenderer.Write(console, read.Diagnostics, DiagnosticRenderer.TryReadLines(settings.File));
        }

        var scenario = read.Value;
        double from = settings.From ?? 0;
        double to = settings.To ?? scenario.Dynamics?.Horizon.Length ?? from;
        if (Unknown(scenario, settings, from, to) is { } problem)
        {
            console.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        var options = new NegotiationOptions(settings.Rounds);
        var tracks = settings.Tracks.Length == 0 ? [.. scenario.Tracks] : settings.Tracks;
        var simulations = new List<TrackSimulation>();
        try
        {
            foreach (var track in scenario.Tracks.Where(tracks.Contains))
            {
                simulations.Add(TrackSimulation.Run(scenario, track, from, to, settings.Levers, Strategies, options));
            }
        }
        catch (ArgumentException ex)
        {
            // A lever that cannot apply on top of the trends at some time: the user's input, said plainly.
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }

        if (json)
        {
            console.Profile.Out.Writer.WriteLine(SimulationJson.Serialize(scenario, simulations, settings.Rounds, options.Band));
        }
        else
        {
            SimulationRenderer.Write(console, scenario, simulations, settings.Rounds);
        }

        return ExitCodes.Ok;
    }

    private static string? Unknown(Scenario scenario, SimulateSettings settings, double from, double to)
    {
        foreach (var track in settings.Tracks)
        {
            if (!scenario.Tracks.Contains(track))
            {
                return $"The scenario has no track '{track}'. Its tracks: {string.Join(", ", scenario.Tracks)}.";
            }
        }

        foreach (var lever in settings.Levers)
        {
            if (scenario.FindLever(lever) is null)
            {
                return scenario.Levers.IsEmpty
                    ? $"The scenario has no lever '{lever}' (it defines no levers)."
                    : $"The scenario has no lever '{lever}'. Its levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}.";
            }
        }

        if (scenario.Dynamics is { } d && (!d.Horizon.Contains(from) || !d.Horizon.Contains(to)))
        {
            return $"--from and --to must lie within the horizon, 0 to {d.Horizon.Length} {d.Horizon.Unit}.";
        }

        if (scenario.Dynamics is null && (from != 0 || to != 0))
        {
            return "The scenario has no dynamics section, so there is no horizon for --from and --to.";
        }

        return to < from ? $"--to ({to}) must not come before --from ({from})." : null;
    }
}
