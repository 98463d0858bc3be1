using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Parley.Core.Agreement;

namespace Parley.Benchmarks.Agreement;

/// <summary>
/// Utilities with interaction terms: the synthetic 3-actor domain of 15 issues × 6 options
/// (4.7 × 10^11 packages) of <see cref="AgreementSpaceBenchmarks"/> with 20 seeded interaction terms
/// added (see <see cref="SyntheticDomain.WithInteractions"/>), decided and solved exactly.
/// </summary>
[MemoryDiagnoser]
public class InteractionBenchmarks
{
    private AgreementProblem _problem = null!;

    /// <summary>Every actor's walk-away value.</summary>
    [Params(0.5, 0.65, 0.7)]
    public double Reservation { get; set; }

    /// <summary>
    /// Number of interaction terms (20 is the target of issue 14; the frontier's cost grows with the number
    /// of terms open at once, see docs/performance/agreement.md for 40 and 60).
    /// </summary>
    [Params(20)]
    public int Terms { get; set; } = 20;

    /// <summary>Builds the domain.</summary>
    [GlobalSetup]
    public void Setup() => _problem = SyntheticDomain.WithInteractions(
        SyntheticDomain.Create(actors: 3, issues: 15, options: 6, Reservation, seed: 2025), Terms, seed: 2026);

    /// <summary>The exact emptiness decision alone.</summary>
    [Benchmark]
    public bool Decide() => AgreementSpace.FindAcceptable(_problem).IsDefault;

    /// <summary>Decision plus the frontier and all four solutions (Nash, KS, egalitarian, utilitarian).</summary>
    [Benchmark]
    public int DecideAndSolve()
    {
        if (AgreementSpace.FindAcceptable(_problem).IsDefault)
        {
            return 0;
        }

        var frontier = ParetoFrontier.Of(_problem, maxPackagesPerPoint: 1);
        return NashSolution.Find(frontier).Points.Length
            + KalaiSmorodinskySolution.Find(frontier).Points.Length
            + EgalitarianSolution.Find(frontier).Points.Length
            + UtilitarianSolution.Find(frontier).Points.Length;
    }

    /// <summary>Everything the lens computes: decision, count (or bounds), common ground, frontier and solutions, or blocking sets.</summary>
    [Benchmark]
    public AgreementVerdict Analyse() => AgreementAnalysis.Analyse(_problem, new AgreementOptions { MaxPackagesPerPoint = 1 }).Verdict;
}
