using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>Small random agreement problems for property tests against <see cref="BruteForce"/>.</summary>
internal static class RandomProblems
{
    /// <summary>
    /// A random problem; with <paramref name="maxTerms"/> above 0 each actor also gets up to that many
    /// interaction terms on 1–3 random issues, random conditions and values on a 0.1 grid in [-0.4, 0.4].
    /// </summary>
    public static AgreementProblem Create(int seed, int maxActors = 3, int maxIssues = 4, int maxOptions = 4, int maxTerms = 0)
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

            var terms = ImmutableArray.CreateBuilder<UtilityInteraction>();
            int termCount = maxTerms == 0 ? 0 : rng.Next(0, maxTerms + 1);
            for (int t = 0; t < termCount; t++)
            {
                var issues = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(rng.Next(1, Math.Min(3, n) + 1)).Order().ToArray();
                var holds = issues.Select(i => Enumerable.Range(0, cardinalities[i]).Select(_ => rng.NextDouble() < 0.5).ToImmutableArray()).ToImmutableArray();
                terms.Add(new UtilityInteraction([.. issues], holds, rng.Next(-4, 5) / 10.0));
            }

            utilities.Add(new AdditiveUtility(contributions.ToImmutable(), rng.Next(0, 9) / 10.0) { Interactions = terms.ToImmutable() });
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
