using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Benchmarks.Agreement;

/// <summary>
/// A seeded synthetic multi-issue domain: actors 0 and 1 are opposed on most issues (one's best option is
/// the other's worst), a few issues are integrative (random values for both), and any further actor values
/// options at random. Weights are random and sum to 1 per actor. No red lines.
/// </summary>
public static class SyntheticDomain
{
    /// <summary>Builds the problem.</summary>
    public static AgreementProblem Create(int actors, int issues, int options, double reservation, int seed)
    {
        var rng = new Random(seed);
        var space = new OutcomeSpace(
            [.. Enumerable.Range(0, issues).Select(i => $"issue{i}")],
            [.. Enumerable.Range(0, issues).Select(_ => Enumerable.Range(0, options).Select(o => $"o{o}").ToImmutableArray())]);
        var integrative = Enumerable.Range(0, issues).Select(_ => rng.NextDouble() < 0.3).ToArray();
        var utilities = ImmutableArray.CreateBuilder<AdditiveUtility>(actors);
        for (int a = 0; a < actors; a++)
        {
            var weights = Enumerable.Range(0, issues).Select(_ => 0.2 + rng.NextDouble()).ToArray();
            double total = weights.Sum();
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(issues);
            for (int i = 0; i < issues; i++)
            {
                var row = new double[options];
                for (int o = 0; o < options; o++)
                {
                    double value = a switch
                    {
                        0 when !integrative[i] => (double)o / (options - 1),
                        1 when !integrative[i] => 1 - ((double)o / (options - 1)),
                        _ => rng.Next(0, 11) / 10.0,
                    };
                    row[o] = weights[i] / total * value;
                }

                rows.Add([.. row]);
            }

            utilities.Add(new AdditiveUtility(rows.MoveToImmutable(), reservation));
        }

        return new AgreementProblem(space, space.IssueNames, [.. Enumerable.Range(0, actors).Select(a => $"A{a}")], utilities.MoveToImmutable());
    }

    /// <summary>
    /// The same problem with <paramref name="terms"/> seeded interaction terms added: each belongs to a random
    /// actor, looks at two random issues (one to three options each) and is worth a bonus or penalty of up to
    /// 0.05 (an issue weighs about 0.067 on average at 15 issues).
    /// </summary>
    public static AgreementProblem WithInteractions(AgreementProblem problem, int terms, int seed)
    {
        var rng = new Random(seed);
        int n = problem.IssueCount;
        var byActor = new List<UtilityInteraction>[problem.ActorCount];
        for (int a = 0; a < byActor.Length; a++)
        {
            byActor[a] = [];
        }

        for (int t = 0; t < terms; t++)
        {
            int first = rng.Next(n), second = rng.Next(n - 1);
            second += second >= first ? 1 : 0;
            int[] issues = [Math.Min(first, second), Math.Max(first, second)];
            var holds = issues.Select(i =>
            {
                int k = problem.Space.Cardinalities[i];
                var row = new bool[k];
                int count = rng.Next(1, 4);
                for (int c = 0; c < count; c++)
                {
                    row[rng.Next(k)] = true;
                }

                return ImmutableArray.Create(row);
            }).ToImmutableArray();
            double value = Math.Round((rng.NextDouble() * 0.1) - 0.05, 3);
            byActor[rng.Next(byActor.Length)].Add(new UtilityInteraction([.. issues], holds, value));
        }

        var utilities = problem.Utilities.Select((u, a) => new AdditiveUtility(u.Contributions, u.ReservationValue) { Interactions = [.. byActor[a]] }).ToImmutableArray();
        return new AgreementProblem(problem.Space, problem.IssueIds, problem.ActorIds, utilities);
    }
}
