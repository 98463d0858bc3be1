using BenchmarkDotNet.Attributes;
using Parley.Core.Agreement;

namespace Parley.Benchmarks.Agreement;

/// <summary>
/// Deciding the agreement space and finding the Nash solution of a synthetic 3-actor domain with
/// 15 issues × 6 options (4.7 × 10^11 packages), without enumerating it.
/// </summary>
[MemoryDiagnoser]
public class AgreementSpaceBenchmarks
{
    private AgreementProblem _problem = null!;

    /// <summary>Every actor's walk-away value: lower leaves a wide space, higher a narrow or empty one.</summary>
    [Params(0.5, 0.65, 0.7)]
    public double Reservation { get; set; }

    /// <summary>Builds the domain.</summary>
    [GlobalSetup]
    public void Setup() => _problem = SyntheticDomain.Create(actors: 3, issues: 15, options: 6, Reservation, seed: 2025);

    /// <summary>The exact emptiness decision alone.</summary>
    [Benchmark]
    public bool Decide() => AgreementSpace.FindAcceptable(_problem).IsDefault;

    /// <summary>Decision plus the Nash solution (frontier of the agreement space by issue-by-issue merge).</summary>
    [Benchmark]
    public int DecideAndNash()
    {
        if (AgreementSpace.FindAcceptable(_problem).IsDefault)
        {
            return 0;
        }

        var frontier = ParetoFrontier.Of(_problem, maxPackagesPerPoint: 1);
        return NashSolution.Find(frontier).Points.Length;
    }

    /// <summary>Everything the lens computes: decision, count (or bounds), common ground, frontier, all four solutions (or blocking sets).</summary>
    [Benchmark]
    public AgreementVerdict Analyse() => AgreementAnalysis.Analyse(_problem, new AgreementOptions { MaxPackagesPerPoint = 1 }).Verdict;
}
