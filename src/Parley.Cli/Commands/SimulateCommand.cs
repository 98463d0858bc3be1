using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats;
using Parley.Formats.Json.Dto.Simulate;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley simulate FILE [--track T]... [--lever L]... [--from T0] [--to T1] [--rounds N] [--format json]</c>:
/// simulated negotiation. On each track, negotiators with the Boulware, linear, conceder, tit-for-tat and
/// hard-line strategies meet in every assignment, their walk-away values drifting along the horizon.
/// </summary>
[Description("How do negotiators with given strategies fare on each track, as walk-away values drift?")]
public sealed class SimulateCommand(IAnsiConsole console, OutputChannel output) : Command<SimulateSettings>
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
        bool json = settings.Format == OutputFormat.Json;
        if (ScenarioInput.Read(output, settings.Files, json) is not { } scenario)
        {
            return ExitCodes.InputErrors;
        }

        // --at DATE: on a horizon with a calendar the talks open at the time of that date (the simulation
        // takes the scenario at each time itself); otherwise the session derives the scenario as of the date.
        var date = AtOption.Date(settings.At);
        double? opening = null;
        if (date is { } d)
        {
            if (ScenarioInput.Variant(output.Errors, scenario, [], d) is not { } dated)
            {
                return ExitCodes.UsageError;
            }

            opening = ScenarioAtTime.TimeOf(scenario, d);
            if (opening is not null && settings.From is not null)
            {
                output.Errors.MarkupLine("[red]Usage error:[/] --at and --from both say when the talks open: give one of them.");
                return ExitCodes.UsageError;
            }

            if (opening is null)
            {
                scenario = new LensSession(scenario).Variant(dated).Scenario!;
            }
        }

        double from = opening ?? settings.From ?? 0;
        double to = settings.To ?? scenario.Dynamics?.Horizon.Length ?? from;
        if (Unknown(scenario, settings, from, to) is { } problem)
        {
            output.Errors.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        var key = VariantKey.Parse(string.Join("+", settings.Levers));
        var session = new LensSession(scenario);
        foreach (double t in new[] { from, to })
        {
            // A lever that cannot apply on top of the trends at the talks' start or deadline: the user's input.
            if (ScenarioInput.Derive(output.Errors, session, key.AtTime(scenario.Dynamics is null ? null : t)) is null)
            {
                return ExitCodes.InputErrors;
            }
        }

        var options = new NegotiationOptions(settings.Rounds);
        var tracks = settings.Tracks.Length == 0 ? [.. scenario.Tracks] : settings.Tracks;
        var simulations = new List<TrackSimulation>();
        using var budget = Budget.Start(settings.BudgetSeconds, cancellationToken);
        try
        {
            var chosen = scenario.Tracks.Where(tracks.Contains).ToList();
            if (output.LiveProgress(json))
            {
                console.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
                {
                    foreach (var track in chosen)
                    {
                        var task = ctx.AddTask($"Negotiations on {Markup.Escape(track)}", maxValue: TrackSimulation.MaxAssignments);
                        var progress = new SynchronousProgress<long>(done => task.Value = done);
                        simulations.Add(TrackSimulation.Run(scenario, track, from, to, key.Levers, Strategies, options, progress, budget.Token));
                        task.Value = task.MaxValue;
                    }
                });
            }
            else
            {
                foreach (var track in chosen)
                {
                    var progress = output.ProgressLines($"simulate {track}: negotiations run", 0);
                    simulations.Add(TrackSimulation.Run(scenario, track, from, to, key.Levers, Strategies, options, progress, budget.Token));
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Budget.Expired(output, settings.BudgetSeconds, "simulate fewer tracks (--track) or rounds (--rounds)");
        }

        if (json)
        {
            output.Json(SimulateDocument.From(scenario, simulations, settings.Rounds, options.Band));
        }
        else
        {
            AtOption.Announce(console, date);
            SimulationRenderer.Write(console, scenario, simulations, settings.Rounds, settings.Cut);
        }

        return ExitCodes.Ok;
    }

    private static string? Unknown(Scenario scenario, SimulateSettings settings, double from, double to)
    {
        if (ScenarioInput.UnknownTrack(scenario, settings.Tracks) is { } unknown)
        {
            return unknown;
        }

        var problems = ScenarioVariant.Check(scenario, VariantKey.Parse(string.Join("+", settings.Levers)));
        if (!problems.IsEmpty)
        {
            return problems[0].Message;
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
