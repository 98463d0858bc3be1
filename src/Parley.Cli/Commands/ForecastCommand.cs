using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Core.Session;
using Parley.Core.Vocabulary;
using Parley.Formats;
using Parley.Formats.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley forecast FILE [--model M]... [--runs N] [--seed S] [--lever L]... [--format json]</c>: the
/// forecast lens. Per issue, where each model says it settles, the round-by-round path of the dynamic
/// models and, where inputs are uncertain, Monte Carlo quantiles and acceptance probabilities.
/// </summary>
[Description("Where will contested issues settle, and how sure is that? Static baselines, the expected utility model and a KTAB-style spatial model, with Monte Carlo over uncertain inputs.")]
public sealed class ForecastCommand(IAnsiConsole console, OutputChannel output) : Command<ForecastCommandSettings>
{
    /// <summary>Total Monte Carlo runs from which a progress bar is shown.</summary>
    private const int ProgressThreshold = 5000;

    /// <summary>
    /// Actors from which the dynamic models' rounds are shown: the spatial model's rounds cost O(n³),
    /// about a second at 100 actors and minutes at 1,000 (measured on a KTAB-sized table).
    /// </summary>
    private const int RoundProgressActors = 100;

    /// <inheritdoc />
    public override int Execute(CommandContext context, ForecastCommandSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        var read = ForecastFiles.Read(settings.File);
        if (read.Value is null)
        {
            if (json)
            {
                output.Refused(settings.File, read.Diagnostics);
            }
            else
            {
                output.Diagnostics(json: false, diagnostics: read.Diagnostics);
                output.Errors.MarkupLine($"[red]{read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s)[/]; nothing was forecast.");
            }

            return ExitCodes.InputErrors;
        }

        output.Diagnostics(read.Diagnostics, json);

        var file = read.Value;
        IReadOnlyList<ForecastSubject> subjects = file.Subjects;
        IReadOnlyList<string> notes = [];
        if (file.Scenario is { } written)
        {
            var scenario = written;
            if (ScenarioInput.Variant(output.Errors, scenario, settings.Levers, AtOption.Date(settings.At)) is not { } key)
            {
                return ExitCodes.UsageError;
            }

            var session = new LensSession(scenario);
            if (ScenarioInput.Derive(output.Errors, session, key) is null)
            {
                return ExitCodes.InputErrors;
            }

            var inputs = session.ForecastInputs(key)!;
            subjects = ForecastFile.SubjectsOf(inputs);
            notes = inputs.Notes;
        }
        else if (settings.Levers.Length > 0)
        {
            output.Errors.MarkupLine("[red]Usage error:[/] Levers belong to scenarios; this file is a KTAB or expected-utility table without levers.");
            return ExitCodes.UsageError;
        }

        var models = settings.Models.Length == 0
            ? Enum.GetValues<ForecastModel>()
            : [.. settings.Models.Select(m => ForecastModelNames.TryParse(m)!.Value).Distinct()];
        var forecastSettings = ForecastSettings.Default with { SpatialPolitics = file.SpatialPolitics };
        var monteCarlo = settings.Runs > 0 ? new MonteCarloOptions { Runs = settings.Runs, Seed = settings.Seed } : null;
        int total = monteCarlo is null ? 0 : subjects.Count(s => !s.Input.Inputs.IsEmpty) * models.Length * settings.Runs;
        ForecastReport report;
        using var budget = Budget.Start(settings.BudgetSeconds, cancellationToken);
        bool showRounds = subjects.Count > 0 && subjects.Max(s => s.Input.Problem.ActorCount) >= RoundProgressActors
            && models.Any(m => m is ForecastModel.SpatialPolitics or ForecastModel.ExpectedUtility);
        try
        {
            report = !json && (total >= ProgressThreshold || showRounds) && console.Profile.Capabilities.Interactive
                ? WithProgress(subjects, models, forecastSettings, monteCarlo, total, showRounds, budget.Token)
                : ForecastAnalysis.Run(subjects, models, forecastSettings, monteCarlo, total >= ProgressThreshold ? Lines(total) : null, budget.Token, showRounds ? RoundLines() : null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Budget.Expired(output, settings.BudgetSeconds, "ask for fewer Monte Carlo runs (--runs) or models (--model)");
        }

        if (json)
        {
            output.Json(ForecastJson.Document(file.Scenario?.Id, settings.File, settings.Levers, notes, report));
        }
        else
        {
            AtOption.Announce(console, file.Scenario is null ? null : AtOption.Date(settings.At));
            ForecastRenderer.Write(console, file.Title, settings.Levers, notes, report, settings.All);
        }

        return ExitCodes.Ok;
    }

    // Monte Carlo runs finish on several threads; progress lines (stderr) one at a time.
    private SynchronousProgress<int> Lines(int total)
    {
        var lines = output.ProgressLines("forecast: Monte Carlo runs", total);
        var gate = new object();
        return new SynchronousProgress<int>(done =>
        {
            lock (gate)
            {
                lines.Report(done);
            }
        });
    }

    // The rounds of the single runs of the dynamic models (stderr), at most one line a second per model.
    private SynchronousProgress<ModelRound> RoundLines()
    {
        var lines = new Dictionary<(ForecastModel, int), IProgress<long>>();
        return new SynchronousProgress<ModelRound>(r =>
        {
            if (!lines.TryGetValue((r.Model, r.Dimension), out var line))
            {
                line = output.ProgressLines($"forecast: {Terms.DisplayName(r.Model)}, rounds (at most {r.MaxRounds})", 0);
                lines[(r.Model, r.Dimension)] = line;
            }

            line.Report(r.Round);
        });
    }

    private ForecastReport WithProgress(IReadOnlyList<ForecastSubject> subjects, IReadOnlyList<ForecastModel> models, ForecastSettings settings, MonteCarloOptions? monteCarlo, int total, bool showRounds, CancellationToken cancellationToken)
    {
        ForecastReport? report = null;
        console.Progress().Start(ctx =>
        {
            var task = total > 0 ? ctx.AddTask("Monte Carlo runs", maxValue: total) : null;
            var progress = task is null ? null : new Progress<int>(done => task.Value = Math.Max(task.Value, done));
            ProgressTask? roundTask = null;
            var rounds = !showRounds ? null : new SynchronousProgress<ModelRound>(r =>
            {
                string name = $"{Terms.DisplayName(r.Model)}: rounds";
                if (roundTask is null || roundTask.Description != name)
                {
                    roundTask?.StopTask();
                    roundTask = ctx.AddTask(name, maxValue: r.MaxRounds);
                }

                roundTask.Value = r.Round;
            });
            report = ForecastAnalysis.Run(subjects, models, settings, monteCarlo, progress, cancellationToken, rounds);
            roundTask?.StopTask();
            if (task is not null)
            {
                task.Value = total;
            }
        });
        return report!;
    }

}
