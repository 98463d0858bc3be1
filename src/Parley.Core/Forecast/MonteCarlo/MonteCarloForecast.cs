using System.Collections.Immutable;
using Parley.Core.Threading;

namespace Parley.Core.Forecast;

/// <summary>
/// Runs a model many times on inputs drawn from their distributions. Runs are split into fixed blocks;
/// block b draws from a generator seeded by a value derived from the master seed and b, and writes its
/// forecasts to its own slots, so the result is the same on any machine and any number of threads.
/// </summary>
/// <remarks>Memory: one value per run and dimension (the output asked for), plus one workspace per thread.</remarks>
public static class MonteCarloForecast
{
    /// <summary>Runs <paramref name="model"/> <see cref="MonteCarloOptions.Runs"/> times.</summary>
    /// <param name="input">Problem, uncertain inputs and acceptable sets.</param>
    /// <param name="model">Which model.</param>
    /// <param name="settings">Model settings; defaults when null.</param>
    /// <param name="options">Runs, seed, parallelism; defaults when null.</param>
    /// <param name="progress">Receives the number of runs completed (per finished block), or null.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static MonteCarloResult Run(
        UncertainForecastProblem input,
        ForecastModel model,
        ForecastSettings? settings = null,
        MonteCarloOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= ForecastSettings.Default;
        options ??= new MonteCarloOptions();
        if (options.Runs < 1 || options.BlockSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Runs and block size must be positive; got {options.Runs} and {options.BlockSize}.");
        }

        if (model == ForecastModel.ExpectedUtility)
        {
            ExpectedUtilityModel.Validate(settings.ExpectedUtility);
        }

        var problem = input.Problem;
        int dims = problem.DimensionCount;
        int runs = options.Runs;
        var values = new double[runs * dims];
        int blocks = (runs + options.BlockSize - 1) / options.BlockSize;
        int done = 0;
        var parallel = ParallelWork.Options(options.MaxDegreeOfParallelism, cancellationToken);
        Parallel.For(0, blocks, parallel, () => new Block(problem), (b, _, block) =>
        {
            var random = new SeededRandom(SeededRandom.BlockSeed(options.Seed, b));
            int start = b * options.BlockSize;
            int end = Math.Min(runs, start + options.BlockSize);
            for (int run = start; run < end; run++)
            {
                block.Draw(input, random);
                block.Evaluate(model, settings, values.AsSpan(run * dims, dims));
            }

            int total = Interlocked.Add(ref done, end - start);
            progress?.Report(total);
            return block;
        }, _ => { });

        var distributions = ImmutableArray.CreateBuilder<ForecastDistribution>(dims);
        for (int k = 0; k < dims; k++)
        {
            distributions.Add(Summarise(input, k, values, dims, options));
        }

        return new MonteCarloResult(model, runs, options.Seed, distributions.MoveToImmutable());
    }

    /// <summary>Linear interpolation between order statistics (type 7) of sorted <paramref name="sorted"/>.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double level)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double h = (sorted.Length - 1) * level;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static ForecastDistribution Summarise(UncertainForecastProblem input, int k, double[] values, int dims, MonteCarloOptions options)
    {
        var column = new List<double>(values.Length / dims);
        for (int run = 0; run < values.Length / dims; run++)
        {
            double v = values[(run * dims) + k];
            if (!double.IsNaN(v))
            {
                column.Add(v);
            }
        }

        int n = column.Count;
        var sorted = column.ToArray();
        Array.Sort(sorted);
        double mean = 0;
        foreach (double v in column)
        {
            mean += v;
        }

        mean = n > 0 ? mean / n : double.NaN;
        double ss = 0;
        foreach (double v in column)
        {
            ss += (v - mean) * (v - mean);
        }

        double sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
        var quantiles = ImmutableArray.CreateBuilder<QuantileValue>();
        foreach (double level in options.QuantileLevels)
        {
            quantiles.Add(new QuantileValue(level, Quantile(sorted, level)));
        }

        var acceptance = ImmutableArray.CreateBuilder<AcceptanceProbability>();
        for (int a = 0; a < input.Problem.ActorCount; a++)
        {
            if (!input.HasRedLine(a, k))
            {
                continue;
            }

            int inside = 0;
            foreach (double v in column)
            {
                if (input.Accepts(a, k, v))
                {
                    inside++;
                }
            }

            double p = n > 0 ? (double)inside / n : double.NaN;
            acceptance.Add(new AcceptanceProbability(a, p, n > 0 ? Math.Sqrt(p * (1 - p) / n) : double.NaN));
        }

        var region = VetoAnalysis.Region(input, k);
        int acceptable = 0;
        foreach (double v in column)
        {
            if (region.Contains(v))
            {
                acceptable++;
            }
        }

        // The reading needs an axis; draws off the 0–100 axis (EUM tables on another scale) widen it.
        double low = n > 0 ? Math.Min(0, sorted[0]) : 0;
        double high = n > 0 ? Math.Max(100, sorted[^1]) : 100;
        return new ForecastDistribution(
            k,
            n,
            mean,
            sd,
            n > 0 ? sd / Math.Sqrt(n) : double.NaN,
            quantiles.ToImmutable(),
            acceptance.ToImmutable(),
            DistributionReading.Of(sorted, low, high),
            n > 0 ? (double)acceptable / n : double.NaN);
    }

    /// <summary>One thread's buffers: the drawn inputs and the expected utility workspace.</summary>
    private sealed class Block(ForecastProblem problem)
    {
        private readonly double[] _capability = problem.Capabilities.ToArray();
        private readonly double[] _position = problem.Positions.ToArray();
        private readonly double[] _salience = problem.Saliences.ToArray();
        private readonly double[] _x = new double[problem.ActorCount];
        private readonly double[] _s = new double[problem.ActorCount];
        private readonly ExpectedUtilityModel.Workspace _workspace = new(problem.ActorCount);

        public void Draw(UncertainForecastProblem input, Random random)
        {
            problem.Capabilities.CopyTo(_capability);
            problem.Positions.CopyTo(_position);
            problem.Saliences.CopyTo(_salience);
            int dims = problem.DimensionCount;
            foreach (var u in input.Inputs)
            {
                double v = u.Distribution.Sample(random);
                switch (u.Kind)
                {
                    case ForecastInputKind.Capability:
                        _capability[u.Actor] = Math.Max(0, v);
                        break;
                    case ForecastInputKind.Position:
                        _position[(u.Actor * dims) + u.Dimension] = v;
                        break;
                    default:
                        _salience[(u.Actor * dims) + u.Dimension] = Math.Clamp(v, 0, 1);
                        break;
                }
            }
        }

        public void Evaluate(ForecastModel model, ForecastSettings settings, Span<double> values)
        {
            int n = problem.ActorCount;
            int dims = problem.DimensionCount;
            if (model == ForecastModel.ExpectedUtility)
            {
                for (int k = 0; k < dims; k++)
                {
                    for (int i = 0; i < n; i++)
                    {
                        _x[i] = _position[(i * dims) + k];
                        _s[i] = _salience[(i * dims) + k];
                    }

                    values[k] = ExpectedUtilityModel.Forecast(_x, _capability, _s, settings.ExpectedUtility, _workspace);
                }

                return;
            }

            var drawn = new ForecastProblem(problem.Actors, problem.Dimensions, _capability, _position, _salience);
            ForecastModels.Values(drawn, model, settings, values);
        }
    }
}
