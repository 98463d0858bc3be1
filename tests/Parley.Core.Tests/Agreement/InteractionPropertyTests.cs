using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// Utilities with interaction terms: every exact engine (emptiness and count, blocking sets, nearest
/// package, Pareto frontier, the bargaining solutions) against the literal brute-force oracle, which adds a
/// term's value whenever all its conditions hold.
/// </summary>
public sealed class InteractionPropertyTests
{
    private static AgreementProblem Random(int seed) => RandomProblems.Create(seed, maxActors: 3, maxIssues: 4, maxOptions: 4, maxTerms: 4);

    [Fact]
    public void AgreementSpace_WithInteractions_MatchesBruteForceEmptinessAndCount()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = Random(seed);
            long expected = BruteForce.Count(problem);
            var result = AgreementSpace.Of(problem);
            Assert.Equal(expected == 0, result.IsEmpty);
            Assert.True(result.Size.IsExact);
            Assert.Equal(expected, (long)result.Size.Lower);
            if (result.Example is { } example)
            {
                Assert.True(BruteForce.AcceptableToAll(problem, [.. example.Options]));
            }
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Count_WithInteractionsAndTinyStateLimit_GivesBoundsContainingTheCount()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxIssues: 5, maxTerms: 4);
            long expected = BruteForce.Count(problem);
            var size = AgreementSpace.Count(problem, maxCountStates: 2);
            Assert.True(size.Lower <= expected && expected <= size.Upper, $"{expected} outside {size}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void BlockingSets_WithInteractions_AreExactlyTheMinimalViolatedSets()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = Random(seed);
            var expected = BruteForce.MinimalBlockingSets(problem);
            foreach (var result in new[] { BlockingSetSearch.Find(problem, SearchBudget.Unlimited, maxSets: 1000), BlockingSetSearch.FindOneByOne(problem, SearchBudget.Unlimited, maxSets: 1000) })
            {
                Assert.True(result.IsComplete);
                var actual = result.Sets.Select(s => new SortedSet<string>(s.Demands.Select(BruteForce.Key), StringComparer.Ordinal)).ToList();
                Assert.Equal(expected.Count, actual.Count);
                foreach (var e in expected)
                {
                    Assert.Contains(actual, a => a.SetEquals(e));
                }

                foreach (var set in result.Sets)
                {
                    Assert.True(BruteForce.Violated(problem, [.. set.Opens.Options]).SetEquals(set.Demands.Select(BruteForce.Key)));
                }
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Nearest_WithInteractions_MatchesBruteForceDistance()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = Random(seed);
            var rng = new Random(seed);
            var target = Enumerable.Range(0, problem.IssueCount).Select(i => rng.Next(-1, problem.Space.Cardinalities[i])).ToArray();
            var expected = BruteForce.NearestDistance(problem, target);
            var nearest = NearestPackage.Find(problem, target, SearchBudget.Unlimited);
            Assert.Equal(expected is null, nearest is null);
            if (nearest is not null)
            {
                Assert.True(BruteForce.AcceptableToAll(problem, [.. nearest.Package.Options]));
                Assert.Equal(expected, nearest.ChangedIssues.Length);
            }
        }, iter: 400, threads: 1);
    }

    /// <summary>
    /// More issues and terms than options: many terms open at once, so the merge's pruning across groups of
    /// different alive bits (a state whose best completion is beaten by another's worst) is exercised.
    /// </summary>
    [Fact]
    public void Frontier_ManyOpenInteractions_MatchesBruteForcePointsAndPackages()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxActors: 3, maxIssues: 7, maxOptions: 3, maxTerms: 6);
            var frontier = ParetoFrontier.Of(problem);
            var all = Allowed(problem).Select(p => new BruteForceFrontier.Outcome(p, [.. Enumerable.Range(0, problem.ActorCount).Select(a => BruteForce.Utility(problem, a, p))])).ToList();
            var expected = BruteForceFrontier.Frontier(all);
            var groups = BruteForceFrontier.Group(expected);
            Assert.Equal(groups.Count, frontier.Points.Length);
            Assert.Equal(expected.Count, (int)frontier.PackageCount);
            foreach (var point in frontier.Points)
            {
                var group = groups.Single(g => BruteForceFrontier.Same(g.Vector, [.. point.Utilities]));
                Assert.Equal(Keys(group.Packages), Keys(point.Packages));
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Frontier_WithInteractions_MatchesBruteForcePointsPackagesAndSolutions()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxActors: 4, maxIssues: 4, maxOptions: 4, maxTerms: 4);
            var frontier = ParetoFrontier.Of(problem);
            var all = Allowed(problem).Select(p => new BruteForceFrontier.Outcome(p, [.. Enumerable.Range(0, problem.ActorCount).Select(a => BruteForce.Utility(problem, a, p))])).ToList();
            var expected = BruteForceFrontier.Frontier(all);
            var groups = BruteForceFrontier.Group(expected);
            Assert.Equal(groups.Count, frontier.Points.Length);
            Assert.Equal(expected.Count, (int)frontier.PackageCount);
            foreach (var point in frontier.Points)
            {
                var group = groups.Single(g => BruteForceFrontier.Same(g.Vector, [.. point.Utilities]));
                Assert.Equal(Keys(group.Packages), Keys(point.Packages));
            }

            var rv = problem.Utilities.Select(u => u.ReservationValue).ToArray();
            var rational = expected.Where(o => BruteForceFrontier.Rational(o.Utilities, [.. problem.Utilities])).ToList();
            double Product(double[] u) => Enumerable.Range(0, rv.Length).Aggregate(1.0, (acc, a) => acc * (u[a] - rv[a]));
            double MinGain(double[] u) => Enumerable.Range(0, rv.Length).Min(a => u[a] - rv[a]);
            Check(NashSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, Product, true));
            Check(EgalitarianSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, MinGain, true));
            Check(UtilitarianSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, u => u.Sum(), true));
            var ideal = Enumerable.Range(0, rv.Length).Select(a => rational.Count == 0 ? 0 : rational.Max(o => o.Utilities[a])).ToArray();
            double RelativeGain(double[] u)
            {
                var terms = Enumerable.Range(0, rv.Length).Where(a => ideal[a] - rv[a] > 1e-9).Select(a => (u[a] - rv[a]) / (ideal[a] - rv[a])).ToList();
                return terms.Count == 0 ? 1 : terms.Min();
            }

            Check(KalaiSmorodinskySolution.Find(frontier), BruteForceFrontier.ArgBest(rational, RelativeGain, true));
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Of_PenaltyForACombination_CountsOnlyWhenEveryConditionHolds()
    {
        // Two issues, two options each; a penalty of 0.5 when both issues are settled at option 1.
        var space = new OutcomeSpace(["x", "y"], [["a", "b"], ["a", "b"]]);
        var term = new UtilityInteraction([0, 1], [[false, true], [false, true]], -0.5);
        var u = new AdditiveUtility([[0, 0.5], [0, 0.5]], 0.4) { Interactions = [term] };
        Assert.Equal(0.5, u.Of([1, 0]), 12);
        Assert.Equal(0.5, u.Of([1, 1]), 12);
        Assert.Equal(0.0, u.Of([0, 0]), 12);

        var problem = new AgreementProblem(space, ["x", "y"], ["A"], [u]);
        var result = AgreementSpace.Of(problem);
        Assert.Equal(3, (int)result.Size.Lower);
        var frontier = ParetoFrontier.Of(problem);
        Assert.Single(frontier.Points);
        Assert.Equal(3, (int)frontier.Points[0].PackageCount);
    }

    private static IEnumerable<int[]> Allowed(AgreementProblem problem) =>
        BruteForce.Packages(problem.Space).Where(p => Enumerable.Range(0, problem.ActorCount).All(a => problem.WithinRedLines(a, p)));

    private static HashSet<string> Keys<T>(IEnumerable<T> packages)
        where T : IEnumerable<int> => [.. packages.Select(p => string.Join(",", p))];

    private static void Check(BargainingSolution actual, (double? Value, List<int[]> Packages) expected)
    {
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is { } v)
        {
            Assert.InRange(actual.Value!.Value, v - 1e-8, v + 1e-8);
        }

        Assert.Equal(Keys(expected.Packages), Keys(actual.Points.SelectMany(pt => pt.Packages)));
    }
}
