using CsCheck;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>The gap of a problem (barrier kind, smallest blocking set, walk-away shortfall) against brute force, with interactions.</summary>
public sealed class AgreementGapPropertyTests
{
    private const double Tol = 1e-9;

    [Fact]
    public void Of_RandomProblemsWithInteractions_MatchesBruteForce()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxTerms: 3);
            var packages = BruteForce.Packages(problem.Space).ToList();
            var gap = AgreementGap.Of(problem, SearchBudget.Unlimited);
            if (packages.Any(p => BruteForce.AcceptableToAll(problem, p)))
            {
                Assert.Equal(new AgreementGap(DealBarrier.None, 0, 0), gap);
                return;
            }

            bool WithinRedLines(int[] p) => Enumerable.Range(0, problem.ActorCount).All(a => problem.WithinRedLines(a, p));
            bool MeetsWalkAways(int[] p) => Enumerable.Range(0, problem.ActorCount).All(a => BruteForce.Utility(problem, a, p) >= problem.Utilities[a].ReservationValue - Tol);
            bool redLinesBlock = !packages.Any(WithinRedLines);
            bool walkAwaysBlock = !packages.Any(MeetsWalkAways);
            var expected = (redLinesBlock, walkAwaysBlock) switch
            {
                (true, true) => DealBarrier.RedLinesAndWalkAways,
                (true, false) => DealBarrier.RedLines,
                (false, true) => DealBarrier.WalkAways,
                _ => DealBarrier.Combination,
            };
            Assert.Equal(expected, gap.Barrier);
            Assert.Equal(packages.Min(p => BruteForce.Violated(problem, p).Count), gap.SmallestBlockingSet);
            if (redLinesBlock)
            {
                Assert.Null(gap.WalkAwayShortfall);
            }
            else
            {
                double shortfall = packages.Where(WithinRedLines).Min(p =>
                    Enumerable.Range(0, problem.ActorCount).Max(a => problem.Utilities[a].ReservationValue - BruteForce.Utility(problem, a, p)));
                Assert.InRange(gap.WalkAwayShortfall!.Value, shortfall - 1e-6, shortfall + 1e-6);
            }
        }, iter: 300, threads: 1);
    }
}
