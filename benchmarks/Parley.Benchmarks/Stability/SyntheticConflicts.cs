using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Benchmarks.Stability;

/// <summary>
/// Synthetic conflicts like those used to measure gmcr-py (reference README 5.3): 3 decision makers,
/// options split evenly, random prioritization statements per decision maker, optionally two infeasible
/// pairs and one irreversible option. Seeded, so every run analyses the same conflict.
/// </summary>
public static class SyntheticConflicts
{
    public static Conflict Create(int options, int seed, bool gmcrPyShape, int decisionMakers = 3, int statements = 6)
    {
        var rng = new Random(seed);
        var ids = Enumerable.Range(0, options).Select(i => $"o{i}").ToArray();
        int irreversible = gmcrPyShape ? rng.Next(options) : -1;
        OptionCondition Literal() => OptionCondition.Option(ids[rng.Next(options)], rng.Next(2) == 0);
        OptionCondition Statement() => rng.Next(4) switch
        {
            0 => Literal(),
            1 => OptionCondition.And(Literal(), Literal()),
            2 => OptionCondition.Or(Literal(), OptionCondition.And(Literal(), Literal())),
            _ => OptionCondition.If(Literal(), Literal()),
        };

        var makers = ImmutableArray.CreateBuilder<DecisionMaker>();
        int next = 0;
        for (int d = 0; d < decisionMakers; d++)
        {
            int count = options / decisionMakers + (d < options % decisionMakers ? 1 : 0);
            var opts = Enumerable.Range(next, count).Select(i => new ConflictOption(ids[i], ids[i], i == irreversible ? OptionReversibility.ForwardOnly : OptionReversibility.Both)).ToImmutableArray();
            next += count;
            makers.Add(new DecisionMaker($"D{d}", $"D{d}", opts, new OptionPrioritization([.. Enumerable.Range(0, statements).Select(_ => new PreferenceStatement(Statement()))])));
        }

        var infeasible = gmcrPyShape
            ? ImmutableArray.Create(Infeasibility.AtMostOneOf([ids[0], ids[options - 1]]), Infeasibility.AtMostOneOf([ids[1], ids[options / 2]]))
            : [];
        return new Conflict(makers.ToImmutable(), infeasible, null, []);
    }
}
