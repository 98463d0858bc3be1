using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Runs any <see cref="ForecastModel"/> on a problem and reads out one value per dimension.</summary>
public static class ForecastModels
{
    /// <summary>
    /// The forecasts of <paramref name="model"/> for every dimension of <paramref name="problem"/>. The
    /// spatial model runs all dimensions together; the others one at a time.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="model">Which model.</param>
    /// <param name="settings">Model settings and status quo; defaults when null.</param>
    /// <param name="recordPath">Whether dynamic models keep the forecast after each round.</param>
    /// <param name="rounds">Told each round a dynamic model finishes, or null.</param>
    /// <param name="cancellationToken">Stops a dynamic model between rounds.</param>
    public static ImmutableArray<ModelForecast> Run(ForecastProblem problem, ForecastModel model, ForecastSettings? settings = null, bool recordPath = false, IProgress<ModelRound>? rounds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        settings ??= ForecastSettings.Default;
        int dims = problem.DimensionCount;
        var builder = ImmutableArray.CreateBuilder<ModelForecast>(dims);
        if (model == ForecastModel.SpatialPolitics && SpatialPoliticsModel.Unsuitable(problem) is string reason)
        {
            for (int k = 0; k < dims; k++)
            {
                builder.Add(new ModelForecast(model, k, null, true, 0, [], reason));
            }

            return builder.MoveToImmutable();
        }

        if (model == ForecastModel.SpatialPolitics)
        {
            var spatialRounds = rounds is null ? null : new RoundProgress(r => rounds.Report(new ModelRound(model, -1, r, settings.SpatialPolitics.MaxRounds)));
            var result = SpatialPoliticsModel.Run(problem, settings.SpatialPolitics, recordPath, spatialRounds, cancellationToken);
            for (int k = 0; k < dims; k++)
            {
                var path = recordPath ? SpatialPath(problem, result, k) : [];
                builder.Add(new ModelForecast(model, k, result.Forecast[k], result.Converged, result.Rounds, path, result.Converged ? null : $"did not converge within {result.Rounds} rounds"));
            }

            return builder.MoveToImmutable();
        }

        for (int k = 0; k < dims; k++)
        {
            builder.Add(model switch
            {
                ForecastModel.WeightedMean => Static(model, k, WeightedMean.Of(problem, k)),
                ForecastModel.WeightedMedian => Static(model, k, WeightedMedian.Of(problem, k)),
                ForecastModel.StrongestActor => Static(model, k, StrongestActor.Of(problem, k)),
                ForecastModel.StatusQuo => settings.StatusQuoOf(k) is double sq
                    ? Static(model, k, sq)
                    : new ModelForecast(model, k, null, true, 0, [], "no status quo recorded"),
                ForecastModel.ExpectedUtility => ExpectedUtility(problem, k, settings.ExpectedUtility, recordPath, rounds, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown model."),
            });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The value of <paramref name="model"/> on each dimension, written to <paramref name="values"/> (NaN where there is none).</summary>
    internal static void Values(ForecastProblem problem, ForecastModel model, ForecastSettings settings, Span<double> values)
    {
        var forecasts = Run(problem, model, settings);
        for (int k = 0; k < forecasts.Length; k++)
        {
            values[k] = forecasts[k].Value ?? double.NaN;
        }
    }

    private static ModelForecast Static(ForecastModel model, int k, double value) => new(model, k, value, true, 0, [], null);

    private static ModelForecast ExpectedUtility(ForecastProblem problem, int k, ExpectedUtilityOptions options, bool recordPath, IProgress<ModelRound>? rounds, CancellationToken cancellationToken)
    {
        var eumRounds = rounds is null ? null : new RoundProgress(r => rounds.Report(new ModelRound(ForecastModel.ExpectedUtility, k, r, options.MaxRounds)));
        var result = ExpectedUtilityModel.Run(problem, k, options, recordPath, eumRounds, cancellationToken);
        var path = ImmutableArray<double>.Empty;
        if (recordPath)
        {
            var b = ImmutableArray.CreateBuilder<double>(result.Path.Length + 1);
            bool mean = options.Readout == ExpectedUtilityReadout.Mean;
            b.Add(mean ? result.InitialMean : result.InitialMedian);
            foreach (var round in result.Path)
            {
                b.Add(mean ? round.Mean : round.Median);
            }

            path = b.MoveToImmutable();
        }

        return new ModelForecast(ForecastModel.ExpectedUtility, k, result.Forecast, result.Converged, result.Rounds, path, result.Converged ? null : $"did not converge within {result.Rounds} rounds");
    }

    private static ImmutableArray<double> SpatialPath(ForecastProblem problem, SpatialPoliticsResult result, int k)
    {
        int n = problem.ActorCount;
        int dims = problem.DimensionCount;
        var b = ImmutableArray.CreateBuilder<double>(result.Path.Length);
        var x = new double[n];
        var w = new double[n];
        foreach (var round in result.Path)
        {
            for (int i = 0; i < n; i++)
            {
                x[i] = round.Positions[(i * dims) + k];
                w[i] = problem.Capability(i) * problem.Salience(i, k);
            }

            b.Add(WeightedMean.Of(x, w));
        }

        return b.MoveToImmutable();
    }
}
