using BenchmarkDotNet.Attributes;
using Parley.Core.Stability;

namespace Parley.Benchmarks.Stability;

/// <summary>
/// All six concepts over every state, 3 decision makers. Options 12–15 use gmcr-py's measurement shape
/// (two infeasible pairs, one irreversible option: 9/16 · 2^m states); 24 options use the full cube
/// (2^24 = 16,777,216 states) with reversible options. Model building is measured separately.
/// </summary>
[MemoryDiagnoser]
public class StabilityBenchmarks
{
    private GraphModel model = null!;
    private Conflict conflict = null!;

    [Params(12, 15)]
    public int Options { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        conflict = SyntheticConflicts.Create(Options, seed: 2026, gmcrPyShape: Options < 20);
        model = GraphModel.FromConflict(conflict);
    }

    [Benchmark]
    public GraphModel BuildModel() => GraphModel.FromConflict(conflict);

    [Benchmark]
    public StabilityResult AllSixConcepts() => StabilityAnalysis.Run(model);

    [Benchmark]
    public StabilityResult BuildAndAllSixConcepts() => StabilityAnalysis.Run(GraphModel.FromConflict(conflict));
}
