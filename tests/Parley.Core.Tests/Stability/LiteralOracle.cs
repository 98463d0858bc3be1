using Parley.Core.Model.Conflicts;
using Parley.Core.Model;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

/// <summary>
/// The definitions of the graph model, followed word for word (README section 1), with no attempt at
/// speed: reachable sets listed state by state, R_H by breadth-first search over (state, last mover),
/// each concept tested improvement by improvement. The fast engine is tested against this.
/// </summary>
internal sealed class LiteralOracle
{
    private readonly Func<int, int, List<int>> reach;

    public LiteralOracle(int stateCount, string[] names, int[][] moverMembers, Func<int, int, List<int>> reach, int[][] ranks, int[]? codes, int[]? moverMasks)
    {
        N = stateCount;
        Names = names;
        Members = moverMembers;
        this.reach = reach;
        Ranks = ranks;
        Codes = codes;
        Masks = moverMasks;
    }

    public int N { get; }

    public string[] Names { get; }

    public int[][] Members { get; }

    public int[][] Ranks { get; }

    public int[]? Codes { get; }

    public int[]? Masks { get; }

    public int Movers => Members.Length;

    /// <summary>Oracle of an option-form conflict, computed from the conflict itself (not from GraphModel).</summary>
    public static LiteralOracle Of(Conflict conflict, int[][]? partition = null)
    {
        var options = conflict.AllOptions.ToArray();
        int m = options.Length;
        var bitOf = options.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        bool Taken(int code, string id) => ((code >> bitOf[id]) & 1) == 1;
        var codes = Enumerable.Range(0, 1 << m)
            .Where(c => !conflict.Infeasibilities.Any(inf => inf.Condition.Holds(id => Taken(c, id))))
            .ToArray();
        int n = codes.Length;
        var dmMask = new int[conflict.DecisionMakers.Length];
        int bit = 0;
        for (int d = 0; d < dmMask.Length; d++)
        {
            foreach (var _ in conflict.DecisionMakers[d].Options)
            {
                dmMask[d] |= 1 << bit++;
            }
        }

        var ranks = conflict.DecisionMakers.Select(dm => RanksOf(dm, codes, Taken)).ToArray();
        var members = partition ?? [.. Enumerable.Range(0, dmMask.Length).Select(d => new[] { d })];
        var covered = members.SelectMany(b => b).ToHashSet();
        members = [.. members, .. Enumerable.Range(0, dmMask.Length).Where(d => !covered.Contains(d)).Select(d => new[] { d })];
        var masks = members.Select(b => b.Aggregate(0, (acc, d) => acc | dmMask[d])).ToArray();

        List<int> Reach(int mover, int s)
        {
            var list = new List<int>();
            int mask = masks[mover];
            for (int t = 0; t < n; t++)
            {
                if (t == s || (codes[t] & ~mask) != (codes[s] & ~mask))
                {
                    continue;
                }

                bool legal = true;
                for (int b = 0; b < m; b++)
                {
                    bool before = ((codes[s] >> b) & 1) == 1, after = ((codes[t] >> b) & 1) == 1;
                    if (before == after)
                    {
                        continue;
                    }

                    var rev = options[b].Reversibility;
                    legal &= !(rev == OptionReversibility.ForwardOnly && before) && !(rev == OptionReversibility.BackwardOnly && !before);
                }

                if (legal)
                {
                    list.Add(t);
                }
            }

            return list;
        }

        return new LiteralOracle(n, [.. members.Select(b => string.Join("+", b.Select(d => conflict.DecisionMakers[d].ActorId)))], members, Reach, ranks, codes, masks);
    }

    /// <summary>Oracle of a model given by explicit moves.</summary>
    public static LiteralOracle OfMoves(int n, string[] names, List<(int From, int To)>[] moves, int[][] ranks) =>
        new(n, names, [.. Enumerable.Range(0, names.Length).Select(d => new[] { d })], (d, s) => [.. moves[d].Where(e => e.From == s).Select(e => e.To)], ranks, null, null);

    public List<int> R(int mover, int s) => reach(mover, s);

    public bool Prefers(int mover, int a, int b) => Members[mover].All(d => Ranks[d][a] > Ranks[d][b]);

    public bool NotPreferred(int mover, int a, int b) => !Prefers(mover, a, b);

    public List<int> UI(int mover, int s) => [.. R(mover, s).Where(t => Prefers(mover, t, s))];

    /// <summary>R_H(s) (or R_H^+): BFS over (state, last mover), no mover twice in a row.</summary>
    public HashSet<int> RH(int[] h, int s, bool improvementsOnly)
    {
        var seen = new HashSet<(int, int)>();
        var queue = new Queue<(int, int)>();
        foreach (int j in h)
        {
            foreach (int t in R(j, s))
            {
                if ((!improvementsOnly || Prefers(j, t, s)) && seen.Add((t, j)))
                {
                    queue.Enqueue((t, j));
                }
            }
        }

        while (queue.Count > 0)
        {
            var (u, j) = queue.Dequeue();
            foreach (int k in h)
            {
                if (k == j)
                {
                    continue;
                }

                foreach (int t in R(k, u))
                {
                    if ((!improvementsOnly || Prefers(k, t, u)) && seen.Add((t, k)))
                    {
                        queue.Enqueue((t, k));
                    }
                }
            }
        }

        return [.. seen.Select(x => x.Item1)];
    }

    public bool IsStable(StabilityConcept concept, int i, int s)
    {
        var others = Enumerable.Range(0, Movers).Where(k => k != i).ToArray();
        switch (concept)
        {
            case StabilityConcept.Nash:
                return UI(i, s).Count == 0;
            case StabilityConcept.Gmr:
                return UI(i, s).All(s1 => RH(others, s1, false).Any(s2 => NotPreferred(i, s2, s)));
            case StabilityConcept.Smr:
                return UI(i, s).All(s1 => RH(others, s1, false).Any(s2 => NotPreferred(i, s2, s) && R(i, s2).All(s3 => NotPreferred(i, s3, s))));
            case StabilityConcept.Seq:
                return UI(i, s).All(s1 => RH(others, s1, true).Any(s2 => NotPreferred(i, s2, s)));
            case StabilityConcept.Sim:
                return UI(i, s).All(s1 => SimSanctioned(i, s, s1));
            default:
                return IsStable(StabilityConcept.Seq, i, s) || IsStable(StabilityConcept.Sim, i, s);
        }
    }

    public List<int> Equilibria(StabilityConcept concept) =>
        [.. Enumerable.Range(0, N).Where(s => Enumerable.Range(0, Movers).All(i => IsStable(concept, i, s)))];

    /// <summary>Coalitional improvements of H (decision-maker indices; individual movers) from s.</summary>
    public List<int> CoalitionalImprovements(int[] h, int s) =>
        [.. RH(h, s, false).Where(t => t != s && h.All(d => Ranks[d][t] > Ranks[d][s])).Order()];

    public bool CoalitionStable(StabilityConcept concept, int[] h, int s)
    {
        var outside = Enumerable.Range(0, Movers).Where(d => !h.Contains(d)).ToArray();
        foreach (int s1 in CoalitionalImprovements(h, s))
        {
            if (concept == StabilityConcept.Nash || outside.Length == 0)
            {
                return false;
            }

            var sanctions = RH(outside, s1, concept == StabilityConcept.Seq);
            bool deterred = sanctions.Any(s2 => h.Any(m =>
                Ranks[m][s2] <= Ranks[m][s] &&
                (concept != StabilityConcept.Smr || R(m, s2).All(s3 => Ranks[m][s3] <= Ranks[m][s]))));
            if (!deterred)
            {
                return false;
            }
        }

        return true;
    }

    private bool SimSanctioned(int i, int s, int s1)
    {
        var others = Enumerable.Range(0, Movers).Where(k => k != i).ToArray();
        var choices = others.Select(j => new List<int?> { null }.Concat(UI(j, s).Select(t => (int?)t)).ToList()).ToList();
        foreach (var combo in Product(choices))
        {
            if (combo.All(c => c is null))
            {
                continue;
            }

            // Disjoint control: the combined state's decimal code is the sum of the decimal changes.
            int code = Codes![s1];
            foreach (var t in combo)
            {
                if (t is int tt)
                {
                    code += Codes[tt] - Codes[s];
                }
            }

            int combined = Array.IndexOf(Codes, code);
            if (combined >= 0 && NotPreferred(i, combined, s))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<List<int?>> Product(List<List<int?>> choices)
    {
        IEnumerable<List<int?>> acc = [[]];
        foreach (var options in choices)
        {
            acc = acc.SelectMany(prefix => options.Select(o => new List<int?>(prefix) { o })).ToList();
        }

        return acc;
    }

    private static int[] RanksOf(DecisionMaker dm, int[] codes, Func<int, string, bool> taken)
    {
        if (dm.Preferences is StateRanking ranking)
        {
            var r = new int[codes.Length];
            var tiers = ranking.TiersBestFirst;
            for (int t = 0; t < tiers.Length; t++)
            {
                foreach (int ordinal in tiers[t])
                {
                    r[ordinal - 1] = tiers.Length - t;
                }
            }

            return r;
        }

        var statements = ((OptionPrioritization)dm.Preferences).Statements;
        var scores = codes.Select(c =>
        {
            long score = 0;
            for (int idx = 0; idx < statements.Length; idx++)
            {
                if (statements[idx].Condition.Holds(id => taken(c, id)))
                {
                    score += 1L << (statements.Length - 1 - idx);
                }
            }

            return score;
        }).ToArray();
        var distinct = scores.Distinct().Order().ToList();
        return [.. scores.Select(sc => distinct.IndexOf(sc) + 1)];
    }
}
