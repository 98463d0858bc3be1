using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Core.Forecast;

/// <summary>
/// Interval coverage and calibration of forecasts against recorded outcomes (<c>forecast-eval</c>). Two kinds
/// of interval: the Monte Carlo interval (quantiles of a model's forecast when every actor's capability and
/// salience are drawn from assumed ranges — the inputs' uncertainty only), and the cross-validated interval
/// (the point forecast ± the quantile of absolute errors on the other folds — the model's own error, out of sample).
/// </summary>
public static class ForecastCoverage
{
    /// <summary>The nominal levels of the calibration table.</summary>
    public static ImmutableArray<double> Levels { get; } = [0.5, 0.8, 0.9];

    /// <summary>Assumed capability range of the Monte Carlo interval: ± this share of the value.</summary>
    public const double CapabilitySpread = 0.25;

    /// <summary>Assumed salience range of the Monte Carlo interval: ± this much on 0–1.</summary>
    public const double SalienceSpread = 0.2;

    /// <summary>Monte Carlo coverage of <paramref name="model"/> on every case: capability ±25 %, salience ±0.2 (uniform, clipped), positions as coded.</summary>
    /// <param name="cases">Cases with outcomes.</param>
    /// <param name="model">The model (the expected utility model runs Scholz-compatible on saliences floored at 0.01).</param>
    /// <param name="name">The model's name in reports.</param>
    /// <param name="runs">Draws per case.</param>
    /// <param name="seed">Master seed.</param>
    public static IntervalCoverage MonteCarlo(IReadOnlyList<EvaluationCase> cases, ForecastModel model, string name, int runs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var levels = ImmutableArray.CreateBuilder<double>();
        foreach (double l in Levels)
        {
            levels.Add((1 - l) / 2);
            levels.Add(1 - ((1 - l) / 2));
        }

        var settings = ForecastSettings.Default with { ExpectedUtility = ExpectedUtilityOptions.ScholzCompatible };
        var lows = new double[cases.Count * Levels.Length];
        var highs = new double[cases.Count * Levels.Length];
        for (int i = 0; i < cases.Count; i++)
        {
            var problem = model == ForecastModel.ExpectedUtility ? ForecastEvaluation.Floored(cases[i].Problem) : cases[i].Problem;
            double floor = model == ForecastModel.ExpectedUtility ? 0.01 : 0;
            var inputs = ImmutableArray.CreateBuilder<UncertainInput>();
            for (int a = 0; a < problem.ActorCount; a++)
            {
                double c = problem.Capability(a);
                double s = problem.Salience(a, 0);
                inputs.Add(new UncertainInput(a, 0, ForecastInputKind.Capability, Distribution.Uniform(c * (1 - CapabilitySpread), c * (1 + CapabilitySpread))));
                inputs.Add(new UncertainInput(a, 0, ForecastInputKind.Salience, Distribution.Uniform(Math.Max(floor, s - SalienceSpread), Math.Min(1, s + SalienceSpread))));
            }

            var result = MonteCarloForecast.Run(
                new UncertainForecastProblem(problem, inputs.ToImmutable(), []),
                model,
                settings,
                new MonteCarloOptions { Runs = runs, Seed = seed, QuantileLevels = levels.ToImmutable() });
            var q = result.Dimensions[0].Quantiles;
            for (int l = 0; l < Levels.Length; l++)
            {
                lows[(i * Levels.Length) + l] = q[2 * l].Value;
                highs[(i * Levels.Length) + l] = q[(2 * l) + 1].Value;
            }
        }

        return Score(name, "monte-carlo", cases, lows, highs, string.Create(CultureInfo.InvariantCulture,
            $"{runs} draws per issue, capability ±{CapabilitySpread:0%} and salience ±{SalienceSpread:0.0#} (uniform) for every actor, positions as coded; seed {seed}"));
    }

    /// <summary>Cross-validated coverage of out-of-sample forecasts: on each fold, the interval is the forecast ± the level's quantile of the absolute errors on the other folds.</summary>
    public static IntervalCoverage CrossValidated(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<double> forecasts, string name, int folds)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(forecasts);
        int n = cases.Count;
        var lows = new double[n * Levels.Length];
        var highs = new double[n * Levels.Length];
        for (int fold = 0; fold < folds; fold++)
        {
            var errors = new List<double>();
            for (int i = 0; i < n; i++)
            {
                if (i % folds != fold && double.IsFinite(forecasts[i]))
                {
                    errors.Add(Math.Abs(forecasts[i] - cases[i].Outcome));
                }
            }

            var sorted = errors.ToArray();
            Array.Sort(sorted);
            for (int l = 0; l < Levels.Length; l++)
            {
                double half = MonteCarloForecast.Quantile(sorted, Levels[l]);
                for (int i = fold; i < n; i += folds)
                {
                    lows[(i * Levels.Length) + l] = forecasts[i] - half;
                    highs[(i * Levels.Length) + l] = forecasts[i] + half;
                }
            }
        }

        return Score(name, "cross-validated", cases, lows, highs, string.Create(CultureInfo.InvariantCulture,
            $"out-of-sample forecast ± the quantile of absolute errors on the other {folds - 1} folds"));
    }

    private static IntervalCoverage Score(string name, string interval, IReadOnlyList<EvaluationCase> cases, double[] lows, double[] highs, string note)
    {
        int n = cases.Count;
        var bins = ImmutableArray.CreateBuilder<CalibrationBin>(Levels.Length);
        int scored = 0;
        for (int l = 0; l < Levels.Length; l++)
        {
            int inside = 0;
            double width = 0;
            scored = 0;
            for (int i = 0; i < n; i++)
            {
                double lo = lows[(i * Levels.Length) + l];
                double hi = highs[(i * Levels.Length) + l];
                if (!double.IsFinite(lo) || !double.IsFinite(hi))
                {
                    continue;
                }

                scored++;
                width += hi - lo;
                double y = cases[i].Outcome;
                if (y >= lo - 1e-9 && y <= hi + 1e-9)
                {
                    inside++;
                }
            }

            bins.Add(new CalibrationBin(Levels[l], scored > 0 ? (double)inside / scored : double.NaN, scored > 0 ? width / scored : double.NaN));
        }

        return new IntervalCoverage(name, interval, scored, bins.MoveToImmutable(), note);
    }
}
