using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Benchmarks.Stability;

/// <summary>
/// Whole-state-space stability analysis, 3 decision makers. Up to 15 options the conflicts have gmcr-py's
/// measurement shape (two infeasible pairs, one irreversible option: 9/16 · 2^m states) and all six
/// concepts are computed; "24" is the full cube of 2^24 = 16,777,216 states with reversible options and
/// the four sequential concepts (SIM's cost is Σ_s Π_k (|UI_k(s)| + 1); see docs/stability.md).
/// Run the 24-option case once with a one-shot job (PARLEY_STABILITY_CASES=24-seq4); it needs a few GB.
/// </summary>
[MemoryDiagnoser]
public class StabilityBenchmarks
{
    private static readonly ImmutableArray<StabilityConcept> Sequential =
        [StabilityConcept.Nash, StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq];

    private GraphModel model = null!;
    private Conflict conflict = null!;
    private StabilityOptions options = null!;

    /// <summary>The case: options, and "all" (six concepts) or "seq4" (Nash, GMR, SMR, SEQ).</summary>
    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "15-all";

    /// <summary>12 and 15 options by default; set PARLEY_STABILITY_CASES=24-seq4 for the large case.</summary>
    public static IEnumerable<string> Cases =>
        Environment.GetEnvironmentVariable("PARLEY_STABILITY_CASES")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? ["12-all", "15-all"];

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split('-');
        int m = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        conflict = SyntheticConflicts.Create(m, seed: 2026, gmcrPyShape: m < 20);
        model = GraphModel.FromConflict(conflict);
        options = parts[1] == "all" ? StabilityOptions.Default : new StabilityOptions(Sequential);
    }

    [Benchmark]
    public StabilityResult BuildAndAnalyse() => StabilityAnalysis.Run(GraphModel.FromConflict(conflict), options);

    [Benchmark]
    public StabilityResult Analyse() => StabilityAnalysis.Run(model, options);
}
