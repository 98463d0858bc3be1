using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

/// <summary>Random small conflicts for property tests: 2–4 decision makers, up to 8 options.</summary>
internal static class RandomConflicts
{
    public static Conflict? Create(int seed, int maxOptions = 8)
    {
        var rng = new Random(seed);
        int dms = rng.Next(2, 5);
        int m = rng.Next(dms, Math.Max(dms, maxOptions) + 1);
        var counts = Enumerable.Repeat(1, dms).ToArray();
        for (int k = dms; k < m; k++)
        {
            counts[rng.Next(dms)]++;
        }

        var ids = Enumerable.Range(0, m).Select(i => $"o{i}").ToArray();
        var reversibility = ids.Select(_ => rng.Next(6) switch
        {
            0 => OptionReversibility.ForwardOnly,
            1 => OptionReversibility.BackwardOnly,
            _ => OptionReversibility.Both,
        }).ToArray();

        OptionCondition Literal() => OptionCondition.Option(ids[rng.Next(m)], rng.Next(2) == 0);

        OptionCondition Statement()
        {
            return rng.Next(6) switch
            {
                0 => Literal(),
                1 => OptionCondition.And(Literal(), Literal()),
                2 => OptionCondition.Or(OptionCondition.And(Literal(), Literal()), Literal()),
                3 => OptionCondition.If(Literal(), Literal()),
                4 => OptionCondition.Iff(Literal(), Literal()),
                _ => OptionCondition.Not(OptionCondition.And(Literal(), Literal())),
            };
        }

        var infeasible = new List<Infeasibility>();
        int pairs = rng.Next(3);
        for (int k = 0; k < pairs; k++)
        {
            int a = rng.Next(m), b = rng.Next(m);
            if (a != b)
            {
                infeasible.Add(rng.Next(2) == 0 ? Infeasibility.AtMostOneOf([ids[a], ids[b]]) : Infeasibility.Requires(ids[a], ids[b]));
            }
        }

        int next = 0;
        var makers = new List<DecisionMaker>();
        for (int d = 0; d < dms; d++)
        {
            var options = Enumerable.Range(next, counts[d]).Select(i => new ConflictOption(ids[i], ids[i], reversibility[i])).ToImmutableArray();
            next += counts[d];
            var statements = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => new PreferenceStatement(Statement())).ToImmutableArray();
            makers.Add(new DecisionMaker($"D{d}", $"D{d}", options, new OptionPrioritization(statements)));
        }

        var conflict = new Conflict([.. makers], [.. infeasible], null, []);
        var oracle = LiteralOracle.Of(conflict);
        if (oracle.N == 0)
        {
            return null;
        }

        // Some decision makers get an explicit ranking with random ties instead.
        for (int d = 0; d < dms; d++)
        {
            if (rng.Next(3) == 0)
            {
                int levels = rng.Next(1, oracle.N + 1);
                var tierOf = Enumerable.Range(0, oracle.N).Select(_ => rng.Next(levels)).ToArray();
                var tiers = Enumerable.Range(0, levels)
                    .Select(t => Enumerable.Range(0, oracle.N).Where(s => tierOf[s] == t).Select(s => s + 1).ToImmutableArray())
                    .Where(t => t.Length > 0).ToImmutableArray();
                makers[d] = makers[d] with { Preferences = new StateRanking(tiers) };
            }
        }

        return conflict with { DecisionMakers = [.. makers] };
    }
}
