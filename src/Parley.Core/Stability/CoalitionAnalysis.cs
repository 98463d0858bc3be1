using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Threading;

namespace Parley.Core.Stability;

/// <summary>
/// Coalition analysis in the sense of Kilgour, Hipel, Fang and Peng (2001): a coalitional improvement
/// of H from s is a state reachable by a legal sequence of the members' own moves (no member twice in a
/// row) that every member strictly prefers to s. It is deterred when the decision makers outside H can,
/// by a legal sequence of their moves (SEQ: of their unilateral improvements), reach a state that some
/// member ranks no higher than s (SMR: and from which that member's own moves lead to no state it
/// prefers to s).
/// </summary>
/// <remarks>Cost O(n · |R_H(s)|) for the improvements plus one fixed point per member; for large
/// coalitions in large conflicts this is the expensive part.</remarks>
public static class CoalitionAnalysis
{
    /// <summary>The coalitional improvements of <paramref name="members"/> from <paramref name="state"/>, in state order.</summary>
    public static ImmutableArray<CoalitionalImprovement> Improvements(GraphModel model, IReadOnlyList<int> members, int state)
    {
        ArgumentNullException.ThrowIfNull(model);
        var movers = StabilityAnalysis.MoversOf(model, null);
        return Improvements(model, movers, Check(model, members), state);
    }

    /// <summary>Coalition stability of every state for the coalition <paramref name="members"/> (decision-maker indices).</summary>
    public static CoalitionResult Run(GraphModel model, IReadOnlyList<int> members, IEnumerable<StabilityConcept>? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var h = Check(model, members);
        var movers = StabilityAnalysis.MoversOf(model, null);
        var parallel = ParallelWork.Options();
        var groups = movers.Select(m => MoverGroups.Applies(model, m) ? MoverGroups.Build(model, m, parallel) : null).ToArray();
        var outside = Enumerable.Range(0, movers.Length).Where(d => !h.Contains(d)).ToArray();
        var wanted = (concepts ?? [StabilityConcept.Nash, StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq])
            .Where(c => c is not StabilityConcept.Sim and not StabilityConcept.SeqSim).Distinct().Order().ToArray();

        var sanctions = new Dictionary<StabilityConcept, int[][]>();
        foreach (var c in wanted)
        {
            if (c == StabilityConcept.Nash)
            {
                continue;
            }

            sanctions[c] = [.. h.Select(m =>
            {
                var value = c == StabilityConcept.Smr ? StabilityKernels.BestResponse(model, movers[m], groups[m], parallel) : model.RankArray(m);
                return StabilityKernels.Reach(model, movers, groups, outside, value, c == StabilityConcept.Seq, parallel);
            })];
        }

        var stable = wanted.ToDictionary(c => c, _ => new bool[model.StateCount]);
        Parallel.For(0, model.StateCount, parallel, s =>
        {
            var improvements = Improvements(model, movers, h, s);
            foreach (var c in wanted)
            {
                bool ok = true;
                foreach (var ci in improvements)
                {
                    bool deterred = false;
                    if (c != StabilityConcept.Nash)
                    {
                        for (int k = 0; k < h.Length && !deterred; k++)
                        {
                            deterred = sanctions[c][k][ci.To] <= model.Rank(h[k], s);
                        }
                    }

                    if (!deterred)
                    {
                        ok = false;
                        break;
                    }
                }

                stable[c][s] = ok;
            }
        });

        return new CoalitionResult(
            [.. h.Select(d => model.DecisionMakers[d])],
            stable.ToImmutableDictionary(kv => kv.Key, kv => Enumerable.Range(0, model.StateCount).Where(s => kv.Value[s]).ToImmutableArray()));
    }

    internal static ImmutableArray<CoalitionalImprovement> Improvements(GraphModel model, Mover[] movers, int[] members, int state)
    {
        var previous = new Dictionary<(int State, int Last), (int State, int Last)>();
        var first = new Dictionary<int, (int State, int Last)>();
        var queue = new Queue<(int State, int Last)>();
        var buffer = new int[members.Max(d => movers[d].MaxMoves)];
        var start = (state, -1);
        previous[start] = start;
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var (u, last) = queue.Dequeue();
            foreach (int d in members)
            {
                if (d == last)
                {
                    continue;
                }

                int count = movers[d].Moves(model, u, buffer);
                for (int e = 0; e < count; e++)
                {
                    var node = (buffer[e], d);
                    if (previous.TryAdd(node, (u, last)))
                    {
                        first.TryAdd(buffer[e], node);
                        queue.Enqueue(node);
                    }
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<CoalitionalImprovement>();
        foreach (var (to, node) in first.OrderBy(kv => kv.Key))
        {
            if (to == state || !members.All(d => model.Rank(d, to) > model.Rank(d, state)))
            {
                continue;
            }

            var path = new List<Move>();
            var cur = node;
            while (cur != start)
            {
                var prev = previous[cur];
                path.Add(new Move(prev.State, cur.Item1, model.DecisionMakers[cur.Item2]));
                cur = prev;
            }

            path.Reverse();
            result.Add(new CoalitionalImprovement(state, to, [.. path]));
        }

        return result.ToImmutable();
    }

    private static int[] Check(GraphModel model, IReadOnlyList<int> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var h = members.Distinct().Order().ToArray();
        if (h.Length < 1 || h.Any(d => (uint)d >= (uint)model.DecisionMakers.Length))
        {
            throw new ArgumentException($"A coalition needs decision-maker indices in [0, {model.DecisionMakers.Length}).", nameof(members));
        }

        return h;
    }
}
