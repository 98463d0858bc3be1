using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>Small random agreement problems for property tests against <see cref="BruteForce"/>.</summary>
internal static class RandomProblems
{
    public static AgreementProblem Create(int seed, int maxActors = 3, int maxIssues = 4, int maxOptions = 4)
    {
        var rng = new Random(seed);
        int m = rng.Next(1, maxActors + 1);
        int n = rng.Next(1, maxIssues + 1);
        var cardinalities = Enumerable.Range(0, n).Select(_ => rng.Next(1, maxOptions + 1)).ToArray();
        var space = new OutcomeSpace(
            [.. Enumerable.Range(0, n).Select(i => $"i{i}")],
            [.. cardinalities.Select(k => Enumerable.Range(0, k).Select(o => $"o{o}").ToImmutableArray())]);

        var utilities = ImmutableArray.CreateBuilder<AdditiveUtility>();
        var allowed = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<bool>>>();
        var needs = ImmutableArray.CreateBuilder<ImmutableArray<bool>>();
        for (int a = 0; a < m; a++)
        {
            var weights = Enumerable.Range(0, n).Select(_ => (double)rng.Next(0, 5)).ToArray();
            double total = weights.Sum();
            var contributions = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
            for (int i = 0; i < n; i++)
            {
                double w = total > 0 ? weights[i] / total : 0;
                contributions.Add([.. Enumerable.Range(0, cardinalities[i]).Select(_ => w * rng.Next(0, 5) / 4.0)]);
            }

            utilities.Add(new AdditiveUtility(contributions.ToImmutable(), rng.Next(0, 9) / 10.0));
            allowed.Add([.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, cardinalities[i]).Select(_ => rng.NextDouble() < 0.75).ToImmutableArray())]);
            needs.Add([.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.85)]);
        }

        return new AgreementProblem(
            space,
            space.IssueNames,
            [.. Enumerable.Range(0, m).Select(a => $"A{a}")],
            utilities.ToImmutable(),
            allowed.ToImmutable(),
            needs.ToImmutable());
    }
}
