using BenchmarkDotNet.Attributes;
using Parley.Core.Forecast;
using Parley.Core.Model;

namespace Parley.Benchmarks.Forecast;

/// <summary>
/// Monte Carlo over the expected utility model: 30 actors, 10 rounds, every actor's capability and
/// salience uncertain. Target: 10,000 repetitions under 5 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class ExpectedUtilityMonteCarloBenchmarks
{
    private UncertainForecastProblem _input = null!;

    /// <summary>Monte Carlo repetitions.</summary>
    [Params(10_000)]
    public int Runs { get; set; }

    /// <summary>Threads.</summary>
    [Params(2)]
    public int Threads { get; set; }

    /// <summary>Draws 30 actors and their uncertainty.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int n = 30;
        var random = new Random(7);
        var names = Enumerable.Range(0, n).Select(i => $"a{i}").ToArray();
        var capability = names.Select(_ => 0.05 + (0.95 * random.NextDouble())).ToArray();
        var position = names.Select(_ => Math.Round(100 * random.NextDouble())).ToArray();
        var salience = names.Select(_ => 0.2 + (0.8 * random.NextDouble())).ToArray();
        var problem = new ForecastProblem(names, ["x"], capability, position, salience);
        var inputs = new List<UncertainInput>();
        for (int i = 0; i < n; i++)
        {
            inputs.Add(new UncertainInput(i, 0, ForecastInputKind.Capability, Distribution.Uniform(capability[i] * 0.8, capability[i] * 1.2)));
            inputs.Add(new UncertainInput(i, 0, ForecastInputKind.Salience, Distribution.Uniform(Math.Max(0, salience[i] - 0.1), Math.Min(1, salience[i] + 0.1))));
        }

        _input = new UncertainForecastProblem(problem, [.. inputs], []);
    }

    /// <summary>All repetitions, up to 10 rounds each (a run stops early once no actor moves).</summary>
    [Benchmark]
    public double MonteCarlo() =>
        MonteCarloForecast.Run(
            _input,
            ForecastModel.ExpectedUtility,
            ForecastSettings.Default,
            new MonteCarloOptions { Runs = Runs, MaxDegreeOfParallelism = Threads }).Dimensions[0].Mean;
}
