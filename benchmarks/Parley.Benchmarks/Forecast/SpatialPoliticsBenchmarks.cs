using BenchmarkDotNet.Attributes;
using Parley.Core.Forecast;

namespace Parley.Benchmarks.Forecast;

/// <summary>
/// One round of the spatial model for n one-dimensional actors drawn like KTAB's scaling runs
/// (positions U(0, 100), saliences U(20, 90)%, capabilities U(5, 100)). Targets: 100 actors under
/// 20 ms, 1,000 actors under 10 s (KTAB: 17.6 s of CPU per round at 100 actors).
/// </summary>
[MemoryDiagnoser]
public class SpatialPoliticsBenchmarks
{
    private ForecastProblem _problem = null!;

    /// <summary>Number of actors.</summary>
    [Params(30, 100, 1000)]
    public int Actors { get; set; }

    /// <summary>Draws the actors.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250516);
        var names = Enumerable.Range(0, Actors).Select(i => $"a{i}").ToArray();
        var capability = names.Select(_ => 5 + (95 * random.NextDouble())).ToArray();
        var position = names.Select(_ => 100 * random.NextDouble()).ToArray();
        var salience = names.Select(_ => 0.2 + (0.7 * random.NextDouble())).ToArray();
        _problem = new ForecastProblem(names, ["x"], capability, position, salience);
    }

    /// <summary>One bargaining round (risk attitudes, challenges, bargains, resolution).</summary>
    [Benchmark]
    public double OneRound() => SpatialPoliticsModel.NextRound(_problem)[0];
}
