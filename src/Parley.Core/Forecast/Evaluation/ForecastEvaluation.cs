using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Threading;

namespace Parley.Core.Forecast;

/// <summary>
/// Scores the models against recorded outcomes: mean and median absolute error over every case with
/// an outcome. The one model with fitted parameters (a weighted mean with exponents on capability and
/// salience) is fitted by k-fold cross-validation and scored only on the folds it was not fitted on.
/// </summary>
/// <remarks>
/// The dynamic models need positive weights: as in the reference measurements, saliences below 0.01
/// (1 on the 0–100 scale) are raised to 0.01 for them. Cost: one run of each model per case (cases in
/// parallel, results in case order), plus |grid| × k weighted means for the fit.
/// </remarks>
public static class ForecastEvaluation
{
    /// <summary>Exponents tried for capability and salience in the fitted weighted mean.</summary>
    public static ImmutableArray<double> ExponentGrid { get; } = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3];

    /// <summary>Scores every model on <paramref name="cases"/>.</summary>
    /// <param name="cases">Decisions with outcomes.</param>
    /// <param name="folds">Folds for cross-validation (case i goes to fold i mod k).</param>
    /// <param name="maxDegreeOfParallelism">Most threads; the result does not depend on it.</param>
    /// <param name="includeDynamic">Whether to run the expected utility and spatial models (most of the cost).</param>
    /// <param name="progress">Receives the number of cases done, or null.</param>
    public static ImmutableArray<ModelAccuracy> Run(IReadOnlyList<EvaluationCase> cases, int folds = 10, int maxDegreeOfParallelism = -1, bool includeDynamic = true, IProgress<int>? progress = null) =>
        Evaluate(cases, folds, maxDegreeOfParallelism, includeDynamic, coverageRuns: 0, progress: progress).Models;

    /// <summary>Draws per issue of the Monte Carlo coverage in <c>forecast-eval</c>.</summary>
    public const int DefaultCoverageRuns = 200;

    /// <summary>Seed of the Monte Carlo coverage.</summary>
    public const ulong CoverageSeed = 20250516;

    /// <summary>
    /// Scores every model on <paramref name="cases"/>, adds the combined model (<see cref="StackedForecast"/>,
    /// cross-validated) and, when <paramref name="coverageRuns"/> &gt; 0, the coverage of Monte Carlo and
    /// cross-validated intervals with a calibration table.
    /// </summary>
    /// <param name="cases">Decisions with outcomes.</param>
    /// <param name="folds">Folds for cross-validation (case i goes to fold i mod k).</param>
    /// <param name="maxDegreeOfParallelism">Most threads; the result does not depend on it.</param>
    /// <param name="includeDynamic">Whether to run the expected utility and spatial models.</param>
    /// <param name="coverageRuns">Monte Carlo draws per issue for the coverage (0: no coverage).</param>
    /// <param name="progress">Receives the number of cases done, or null.</param>
    public static ForecastEvaluationReport Evaluate(IReadOnlyList<EvaluationCase> cases, int folds = 10, int maxDegreeOfParallelism = -1, bool includeDynamic = true, int coverageRuns = DefaultCoverageRuns, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        int n = cases.Count;
        var mean = new double[n];
        var median = new double[n];
        var strongest = new double[n];
        var eum = new double[n];
        var eumMedian = new double[n];
        var smp = new double[n];
        var smpConverged = new bool[n];
        int done = 0;
        Parallel.For(0, n, ParallelWork.Options(maxDegreeOfParallelism), i =>
        {
            var p = cases[i].Problem;
            mean[i] = WeightedMean.Of(p, 0);
            median[i] = WeightedMedian.Of(p, 0);
            strongest[i] = StrongestActor.Of(p, 0);
            if (includeDynamic)
            {
                var floored = Floored(p);
                var e = ExpectedUtilityModel.Run(floored, 0, ExpectedUtilityOptions.ScholzCompatible);
                eum[i] = e.Mean;
                eumMedian[i] = e.Median;
                var s = SpatialPoliticsModel.Run(floored, SpatialPoliticsOptions.Default with { MaxDegreeOfParallelism = 1 });
                smp[i] = s.Forecast[0];
                smpConverged[i] = s.Converged;
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        var rows = ImmutableArray.CreateBuilder<ModelAccuracy>();
        rows.Add(Score("Weighted mean (compromise model)", cases, mean, "capability × salience weights"));
        rows.Add(Fitted(cases, folds));
        rows.Add(Score("Weighted median", cases, median, "capability × salience weights"));
        if (includeDynamic)
        {
            rows.Add(Score("Expected utility model", cases, eum, "Scholz-compatible, 10 rounds, weighted mean of final positions"));
            rows.Add(Score("Expected utility model (median)", cases, eumMedian, "Scholz-compatible, 10 rounds, median voter of final positions"));
            int notConverged = smpConverged.Count(c => !c);
            rows.Add(Score("Spatial model of politics", cases, smp, string.Create(CultureInfo.InvariantCulture, $"KTAB defaults, weighted mean of final positions; {notConverged} run(s) hit the round limit")));
        }

        rows.Add(Score("Strongest actor", cases, strongest, "largest capability × salience"));
        var sq = cases.Select(c => c.StatusQuo ?? double.NaN).ToArray();
        rows.Add(Score("Status quo (reference point)", cases, sq, "issues with a recorded reference point"));

        // The combined model: a convex combination of models and plain summaries of the positions, snapped
        // to a nearby position; which of them take part, their weights and the snapping distance are all
        // chosen on the training folds (nested cross-validation).
        var plain = new double[n];
        var midrange = new double[n];
        var states = new double[n];
        var positions = new ImmutableArray<double>[n];
        for (int i = 0; i < n; i++)
        {
            var p = cases[i].Problem;
            double sum = 0, lo = double.PositiveInfinity, hi = double.NegativeInfinity, sw = 0, swx = 0;
            var builder = ImmutableArray.CreateBuilder<double>(p.ActorCount);
            for (int a = 0; a < p.ActorCount; a++)
            {
                double x = p.Position(a, 0);
                sum += x;
                lo = Math.Min(lo, x);
                hi = Math.Max(hi, x);
                builder.Add(x);
                if (!IsInstitution(p.Actors[a]))
                {
                    double w = p.Capability(a) * p.Salience(a, 0);
                    sw += w;
                    swx += w * x;
                }
            }

            plain[i] = sum / p.ActorCount;
            midrange[i] = (lo + hi) / 2;
            states[i] = sw > 0 ? swx / sw : mean[i];
            positions[i] = builder.MoveToImmutable();
        }

        var features = new List<double[]> { mean, plain, midrange, states, median };
        var names = new List<string> { "weighted mean", "plain mean", "midrange", "member states' weighted mean", "weighted median" };
        var candidates = new List<int[]> { new[] { 0 }, new[] { 0, 1 }, new[] { 0, 1, 2 }, new[] { 0, 1, 3 }, new[] { 0, 1, 2, 3 }, new[] { 0, 1, 2, 4 } };
        if (includeDynamic)
        {
            features.AddRange([eum, smp]);
            names.AddRange(["expected utility", "spatial model"]);
            candidates.Add([0, 1, 2, 5, 6]);
        }

        var (combined, chosen) = StackedForecast.CrossValidated(features, [.. cases.Select(c => c.Outcome)], positions, names, candidates, folds);
        rows.Insert(0, Score("Combined (stacked) model", cases, combined, $"convex combination (weights in tenths) of some of: {string.Join(", ", names)}, snapped to the nearest actor position within d; which models, weights and d chosen on the training folds only (nested {folds}-fold cross-validation), out of sample; most often: {chosen}"));

        var coverage = ImmutableArray.CreateBuilder<IntervalCoverage>();
        if (coverageRuns > 0)
        {
            coverage.Add(ForecastCoverage.MonteCarlo(cases, ForecastModel.WeightedMean, "Weighted mean (compromise model)", coverageRuns, CoverageSeed));
            coverage.Add(ForecastCoverage.MonteCarlo(cases, ForecastModel.WeightedMedian, "Weighted median", coverageRuns, CoverageSeed));
            if (includeDynamic)
            {
                coverage.Add(ForecastCoverage.MonteCarlo(cases, ForecastModel.ExpectedUtility, "Expected utility model", coverageRuns, CoverageSeed));
            }

            coverage.Add(ForecastCoverage.CrossValidated(cases, mean, "Weighted mean (compromise model)", folds));
            coverage.Add(ForecastCoverage.CrossValidated(cases, combined, "Combined (stacked) model", folds));
            if (includeDynamic)
            {
                coverage.Add(ForecastCoverage.CrossValidated(cases, eum, "Expected utility model", folds));
                coverage.Add(ForecastCoverage.CrossValidated(cases, smp, "Spatial model of politics", folds));
            }
        }

        return new ForecastEvaluationReport(rows.ToImmutable(), coverage.ToImmutable());
    }

    // DEU III's two institutions (Commission, European Parliament); the others are member states.
    private static bool IsInstitution(string actor) => actor is "com" or "ep";

    /// <summary>Raises saliences below 0.01 to 0.01 (the dynamic models need every actor to weigh in a little).</summary>
    public static ForecastProblem Floored(ForecastProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var s = problem.Saliences.ToArray();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = Math.Max(s[i], 0.01);
        }

        return new ForecastProblem(problem.Actors, problem.Dimensions, problem.Capabilities, problem.Positions, s);
    }

    /// <summary>A weighted mean with weights cᵅ·sᵞ; (α, γ) = (1, 1) is the compromise model.</summary>
    public static double PowerWeightedMean(ForecastProblem problem, double capabilityExponent, double salienceExponent)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.ActorCount;
        var x = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = problem.Position(i, 0);
            w[i] = Power(problem.Capability(i), capabilityExponent) * Power(problem.Salience(i, 0), salienceExponent);
        }

        return WeightedMean.Of(x, w);
    }

    private static double Power(double value, double exponent) => exponent == 0 ? 1 : Math.Pow(value, exponent);

    private static ModelAccuracy Fitted(IReadOnlyList<EvaluationCase> cases, int folds)
    {
        var grid = ExponentGrid;
        int g = grid.Length;
        int n = cases.Count;

        // Absolute error of every case under every (α, γ): fitting then only sums table entries.
        var error = new double[n * g * g];
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < g; a++)
            {
                for (int b = 0; b < g; b++)
                {
                    error[(((i * g) + a) * g) + b] = Math.Abs(PowerWeightedMean(cases[i].Problem, grid[a], grid[b]) - cases[i].Outcome);
                }
            }
        }

        var outOfSample = new double[n];
        var chosen = new List<string>();
        for (int f = 0; f < folds; f++)
        {
            int bestA = 0, bestB = 0;
            double best = double.PositiveInfinity;
            for (int a = 0; a < g; a++)
            {
                for (int b = 0; b < g; b++)
                {
                    double sum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        if (i % folds != f)
                        {
                            sum += error[(((i * g) + a) * g) + b];
                        }
                    }

                    if (sum < best - 1e-12)
                    {
                        (best, bestA, bestB) = (sum, a, b);
                    }
                }
            }

            chosen.Add(string.Create(CultureInfo.InvariantCulture, $"({grid[bestA]:0.##}, {grid[bestB]:0.##})"));
            for (int i = f; i < n; i += folds)
            {
                outOfSample[i] = PowerWeightedMean(cases[i].Problem, grid[bestA], grid[bestB]);
            }
        }

        string exponents = string.Join(", ", chosen.Distinct());
        return Score("Weighted mean, fitted exponents", cases, outOfSample, $"weights capability^α × salience^γ, (α, γ) fitted by {folds}-fold cross-validation on a grid; out-of-sample error only; chosen per fold: {exponents}");
    }

    private static ModelAccuracy Score(string model, IReadOnlyList<EvaluationCase> cases, double[] forecasts, string note)
    {
        var errors = new List<double>();
        for (int i = 0; i < cases.Count; i++)
        {
            if (!double.IsNaN(forecasts[i]))
            {
                errors.Add(Math.Abs(forecasts[i] - cases[i].Outcome));
            }
        }

        var sorted = errors.ToArray();
        Array.Sort(sorted);
        double mae = sorted.Length > 0 ? sorted.Average() : double.NaN;
        double medianError = sorted.Length > 0 ? MonteCarloForecast.Quantile(sorted, 0.5) : double.NaN;
        return new ModelAccuracy(model, sorted.Length, mae, medianError, note);
    }
}
