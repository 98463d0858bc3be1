using CsCheck;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>The fast engines against the brute-force oracle on random small problems.</summary>
public class AgreementSpacePropertyTests
{
    [Fact]
    public void Of_RandomProblems_MatchesBruteForceEmptinessAndCount()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed);
            long expected = BruteForce.Count(problem);
            var result = AgreementSpace.Of(problem);
            Assert.Equal(expected == 0, result.IsEmpty);
            Assert.True(result.Size.IsExact);
            Assert.Equal(expected, (long)result.Size.Lower);
            if (result.Example is { } example)
            {
                Assert.True(BruteForce.AcceptableToAll(problem, [.. example.Options]));
            }
        }, iter: 400, threads: 1);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.3, true)]
    public void Of_NoIssues_TheEmptyPackageIsAcceptableOnlyWithoutAWalkAwayValue(double walkAway, bool empty)
    {
        var space = new OutcomeSpace([], []);
        var problem = new AgreementProblem(space, [], ["A"], [new AdditiveUtility([], walkAway)]);
        var result = AgreementSpace.Of(problem);
        Assert.Equal(empty, result.IsEmpty);
        Assert.Equal(empty ? 0 : 1, (int)result.Size.Lower);
        Assert.Equal(empty, NearestPackage.Find(problem, [], SearchBudget.Unlimited) is null);
    }

    [Fact]
    public void Count_TinyStateLimit_GivesBoundsContainingTheCount()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxIssues: 5);
            long expected = BruteForce.Count(problem);
            var size = AgreementSpace.Count(problem, maxCountStates: 2);
            Assert.True(size.Lower <= expected && expected <= size.Upper, $"{expected} outside {size}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void CommonGround_RandomProblems_MatchesBruteForce()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed);
            var ground = CommonGround.Of(problem);
            for (int i = 0; i < problem.IssueCount; i++)
            {
                Assert.Equal(BruteForce.CommonGround(problem, i).ToArray(), ground[i].Options.ToArray());

                // Relaxations: every actor set whose relaxed red lines open the issue contains a listed one,
                // and every listed one opens it and is minimal.
                var actors = Enumerable.Range(0, problem.ActorCount).ToArray();
                bool Opens(HashSet<string> relaxed) => Enumerable.Range(0, problem.Space.Cardinalities[i])
                    .Any(o => actors.All(a => relaxed.Contains(problem.ActorIds[a]) || problem.IsAllowed(a, i, o)));
                var listed = ground[i].MinimalRelaxations.Select(r => r.ToHashSet()).ToList();
                if (ground[i].HasCommonGround)
                {
                    Assert.Empty(listed);
                    continue;
                }

                for (int mask = 1; mask < 1 << actors.Length; mask++)
                {
                    var set = actors.Where(a => (mask & (1 << a)) != 0).Select(a => problem.ActorIds[a]).ToHashSet();
                    Assert.Equal(Opens(set), listed.Any(l => l.IsSubsetOf(set)));
                }

                foreach (var l in listed)
                {
                    Assert.All(l, id => Assert.False(Opens([.. l.Where(x => x != id)])));
                }
            }
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void BlockingSets_RandomProblems_AreExactlyTheMinimalViolatedSetsSmallestFirst() => CheckBlockingSets(
        problem => BlockingSetSearch.Find(problem, SearchBudget.Unlimited, maxSets: 1000));

    [Fact]
    public void BlockingSets_OneByOnePhase_AreExactlyTheMinimalViolatedSetsSmallestFirst() => CheckBlockingSets(
        problem => BlockingSetSearch.FindOneByOne(problem, SearchBudget.Unlimited, maxSets: 1000));

    [Fact]
    public void BlockingSets_FewerThanAll_TheSmallestWithTheTotal()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed);
            var expected = BruteForce.MinimalBlockingSets(problem);
            var result = BlockingSetSearch.Find(problem, SearchBudget.Unlimited, maxSets: 2);
            Assert.Equal(expected.Count, result.TotalCount);
            Assert.Equal(expected.Count <= 2, result.IsComplete);
            var sizes = expected.Select(e => e.Count).Order().Take(2).ToList();
            Assert.Equal(sizes, result.Sets.Select(s => s.Size));
        }, iter: 200, threads: 1);
    }

    private static void CheckBlockingSets(Func<AgreementProblem, BlockingSetResult> find)
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed);
            var expected = BruteForce.MinimalBlockingSets(problem);
            var result = find(problem);
            Assert.True(result.IsComplete);
            var actual = result.Sets.Select(s => new SortedSet<string>(s.Demands.Select(BruteForce.Key), StringComparer.Ordinal)).ToList();
            Assert.Equal(expected.Count, actual.Count);
            foreach (var e in expected)
            {
                Assert.Contains(actual, a => a.SetEquals(e));
            }

            for (int k = 1; k < actual.Count; k++)
            {
                Assert.True(actual[k - 1].Count <= actual[k].Count);
            }

            // The package each set opens breaks exactly the demands of the set.
            foreach (var set in result.Sets)
            {
                var violated = BruteForce.Violated(problem, [.. set.Opens.Options]);
                Assert.True(violated.SetEquals(set.Demands.Select(BruteForce.Key)));
            }
        }, iter: 400, threads: 1);
    }
}
