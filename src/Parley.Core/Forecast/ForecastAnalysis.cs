using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// Runs the requested models on each subject, with their round-by-round paths; where inputs are
/// uncertain, adds a Monte Carlo distribution per model and a sensitivity ranking.
/// </summary>
public static class ForecastAnalysis
{
    /// <summary>Largest actor count for which each model's tornado (6 model runs per actor and dimension) is run.</summary>
    public const int SensitivityActorLimit = 40;

    /// <summary>Forecasts every subject.</summary>
    /// <param name="subjects">What to forecast.</param>
    /// <param name="models">Which models, in display order.</param>
    /// <param name="settings">Model settings; the subjects' status quo replaces <see cref="ForecastSettings.StatusQuo"/>.</param>
    /// <param name="monteCarlo">Monte Carlo settings, or null for none; runs only for subjects with uncertain inputs.</param>
    /// <param name="progress">Receives Monte Carlo runs completed so far (over all subjects and models), or null.</param>
    /// <param name="cancellationToken">Stops between rounds of a dynamic model and between Monte Carlo blocks.</param>
    /// <param name="rounds">Told each round the dynamic models finish in the single runs, or null.</param>
    public static ForecastReport Run(
        IReadOnlyList<ForecastSubject> subjects,
        IReadOnlyList<ForecastModel> models,
        ForecastSettings? settings = null,
        MonteCarloOptions? monteCarlo = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default,
        IProgress<ModelRound>? rounds = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(models);
        settings ??= ForecastSettings.Default;
        var issues = ImmutableArray.CreateBuilder<IssueForecast>();
        int completedBefore = 0;
        bool anyMonteCarlo = false;
        foreach (var subject in subjects)
        {
            var problem = subject.Input.Problem;
            var s = settings with { StatusQuo = subject.StatusQuo };
            var byModel = new ImmutableArray<ModelForecast>[models.Count];
            for (int m = 0; m < models.Count; m++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                byModel[m] = ForecastModels.Run(problem, models[m], s, recordPath: true, rounds, cancellationToken);
            }

            bool uncertain = monteCarlo is not null && !subject.Input.Inputs.IsEmpty;
            var distributions = new MonteCarloResult?[models.Count];
            if (uncertain)
            {
                anyMonteCarlo = true;
                for (int m = 0; m < models.Count; m++)
                {
                    int offset = completedBefore;
                    var inner = progress is null ? null : new Progress<int>(done => progress.Report(offset + done));
                    distributions[m] = MonteCarloForecast.Run(subject.Input, models[m], s, monteCarlo, inner, cancellationToken);
                    completedBefore += monteCarlo!.Runs;
                }
            }

            var sensitivity = uncertain && models.Count > 0 ? ForecastSensitivity.Of(subject.Input, models[0], s) : [];
            for (int k = 0; k < problem.DimensionCount; k++)
            {
                var actors = ImmutableArray.CreateBuilder<string>();
                var positions = ImmutableArray.CreateBuilder<double>();
                for (int i = 0; i < problem.ActorCount; i++)
                {
                    actors.Add(problem.Actors[i]);
                    positions.Add(problem.Position(i, k));
                }

                var scale = subject.ScaleOf(k);
                var assessments = ImmutableArray.CreateBuilder<ForecastAssessment>(models.Count);
                for (int m = 0; m < models.Count; m++)
                {
                    assessments.Add(ForecastAssessments.Of(subject.Input, k, byModel[m][k], distributions[m]?.Dimensions[k], scale, s, withSensitivity: problem.ActorCount <= SensitivityActorLimit));
                }

                issues.Add(new IssueForecast(
                    subject.IssueIds[k],
                    subject.IssueNames[k],
                    actors.ToImmutable(),
                    positions.ToImmutable(),
                    [.. byModel.Select(f => f[k])],
                    [.. distributions.Select(d => d?.Dimensions[k])],
                    [.. sensitivity.Where(e => e.Dimension == k)],
                    scale,
                    assessments.MoveToImmutable(),
                    ModelAgreements.Of(byModel.Select(f => (f[k].Model, f[k].Value)), scale),
                    subject.Input.VetoHolders,
                    VetoAnalysis.Region(subject.Input, k)));
            }
        }

        return new ForecastReport(issues.ToImmutable(), anyMonteCarlo ? monteCarlo!.Runs : 0, monteCarlo?.Seed ?? 0);
    }
}
