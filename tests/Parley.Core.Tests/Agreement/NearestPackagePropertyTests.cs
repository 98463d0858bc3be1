using CsCheck;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

public class NearestPackagePropertyTests
{
    [Fact]
    public void Find_RandomProblemsAndTargets_MatchesBruteForceDistance()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxIssues: 5);
            var rng = new Random(seed ^ 0x5bd1e995);
            var target = new int[problem.IssueCount];
            for (int i = 0; i < target.Length; i++)
            {
                // Now and then an issue the target leaves open.
                target[i] = rng.NextDouble() < 0.15 ? -1 : rng.Next(problem.Space.Cardinalities[i]);
            }

            int? expected = BruteForce.NearestDistance(problem, target);
            var nearest = NearestPackage.Find(problem, target, SearchBudget.Unlimited);
            if (expected is null)
            {
                Assert.Null(nearest);
                return;
            }

            Assert.NotNull(nearest);
            Assert.True(nearest.IsProvenNearest);
            Assert.Equal(expected.Value, nearest.ChangedIssues.Length);
            Assert.True(BruteForce.AcceptableToAll(problem, [.. nearest.Package.Options]));
            for (int i = 0; i < target.Length; i++)
            {
                bool changed = target[i] >= 0 && nearest.Package.Options[i] != target[i];
                Assert.Equal(changed, nearest.ChangedIssues.Contains(problem.IssueIds[i]));
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Find_AcceptableTarget_ReturnsTheTargetItself()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed);
            var accepted = BruteForce.Packages(problem.Space).FirstOrDefault(p => BruteForce.AcceptableToAll(problem, p));
            if (accepted is null)
            {
                return;
            }

            var nearest = NearestPackage.Find(problem, accepted, SearchBudget.Unlimited);
            Assert.NotNull(nearest);
            Assert.Empty(nearest.ChangedIssues);
            Assert.Equal(accepted, nearest.Package.Options);
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void BlockingSets_TinyBudget_ReturnsOnlyProvenMinimalSetsFlaggedIncomplete()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var problem = RandomProblems.Create(seed, maxIssues: 5);
            var expected = BruteForce.MinimalBlockingSets(problem);
            var result = BlockingSetSearch.Find(problem, new SearchBudget(40));
            foreach (var set in result.Sets)
            {
                var keys = new SortedSet<string>(set.Demands.Select(BruteForce.Key), StringComparer.Ordinal);
                Assert.Contains(expected, e => e.SetEquals(keys));
            }

            if (result.IsComplete)
            {
                Assert.Equal(expected.Count, result.Sets.Length);
            }
        }, iter: 300, threads: 1);
    }
}
