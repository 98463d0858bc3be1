using System.Collections.Immutable;

namespace Parley.Core.Stability;

/// <summary>
/// Tells deterrence at a state: for each decision maker and concept, whether the state holds because
/// nobody can gain by moving or because every gain is answered by a sanction, with the strongest sanction
/// of each improving move. Individual analysis (no coalition partition).
/// </summary>
/// <remarks>
/// Per improvement s → s1, GMR and SEQ search every (state, last mover) pair the others reach from s1 by
/// legal sequences (SEQ: of their unilateral improvements) breadth first and keep the reached state the
/// focal decision maker ranks lowest, ties to the shortest path (above <see cref="StrongestSanctionUpTo"/>
/// states, the first sanction found); SMR does the same among states it cannot
/// escape from; SIM takes the simultaneous sanction of <see cref="SimultaneousSanction"/>. Cost per
/// improvement O(n · movers · moves) in the worst case; memory O(n · movers). The verdict equals
/// <see cref="StabilityAnalysis"/>'s (property-tested against the literal oracle).
/// </remarks>
public static class DeterrenceAnalysis
{
    /// <summary>
    /// Up to this many states the search for the sanction that deters the most is exhaustive; above, the
    /// first (shortest) sanction found is taken, as <see cref="StabilityExplainer"/> does, so a conflict of
    /// millions of states is explained in the time of one search that stops early.
    /// </summary>
    public const int StrongestSanctionUpTo = 1 << 16;

    /// <summary>Deterrence at <paramref name="state"/> for <paramref name="decisionMaker"/> under <paramref name="concept"/>.</summary>
    /// <exception cref="ArgumentException">SIM or SEQ+SIM for a model without option form.</exception>
    public static Deterrence Explain(GraphModel model, int state, int decisionMaker, StabilityConcept concept)
    {
        ArgumentNullException.ThrowIfNull(model);
        if ((uint)state >= (uint)model.StateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, $"Must be in [0, {model.StateCount}).");
        }

        if ((uint)decisionMaker >= (uint)model.DecisionMakers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(decisionMaker), decisionMaker, $"Must be in [0, {model.DecisionMakers.Length}).");
        }

        if (!model.IsOptionForm && concept is StabilityConcept.Sim or StabilityConcept.SeqSim)
        {
            throw new ArgumentException("Simultaneous stability needs a conflict in option form.", nameof(concept));
        }

        var movers = StabilityAnalysis.MoversOf(model, null);
        if (concept == StabilityConcept.SeqSim)
        {
            var seq = Explain(model, movers, state, decisionMaker, StabilityConcept.Seq);
            if (seq.Stable)
            {
                return seq with { Concept = concept };
            }

            var sim = Explain(model, movers, state, decisionMaker, StabilityConcept.Sim);
            return (sim.Stable ? sim : seq) with { Concept = concept };
        }

        return Explain(model, movers, state, decisionMaker, concept);
    }

    /// <summary>Deterrence at <paramref name="state"/> for every decision maker under each concept, concept by concept.</summary>
    public static ImmutableArray<Deterrence> OfState(GraphModel model, int state, IEnumerable<StabilityConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(concepts);
        var list = ImmutableArray.CreateBuilder<Deterrence>();
        foreach (var concept in concepts)
        {
            if (!model.IsOptionForm && concept is StabilityConcept.Sim or StabilityConcept.SeqSim)
            {
                continue;
            }

            for (int d = 0; d < model.DecisionMakers.Length; d++)
            {
                list.Add(Explain(model, state, d, concept));
            }
        }

        return list.ToImmutable();
    }

    private static Deterrence Explain(GraphModel model, Mover[] movers, int state, int focal, StabilityConcept concept)
    {
        var items = new List<DeterredImprovement>();
        int here = model.Rank(focal, state);
        foreach (int s1 in SanctionSearch.Improvements(model, movers[focal], state))
        {
            var (taken, dropped) = Change(model, state, s1);
            int gain = model.Rank(focal, s1) - here;
            List<SanctionStep>? sanction = concept switch
            {
                StabilityConcept.Nash => null,
                StabilityConcept.Sim => Simultaneous(model, movers, focal, state, s1),
                _ => Strongest(model, movers, focal, state, s1, concept),
            };
            if (sanction is null)
            {
                items.Add(new DeterredImprovement(s1, taken, dropped, gain, false, [], null, 0));
                continue;
            }

            int end = concept == StabilityConcept.Sim ? Combined(model, s1, sanction) : sanction[^1].To;
            items.Add(new DeterredImprovement(s1, taken, dropped, gain, true, [.. sanction], end, here - model.Rank(focal, end)));
        }

        var ranked = items
            .OrderBy(i => i.Deterred)
            .ThenByDescending(i => i.Deterred ? i.Margin : i.Gain)
            .ThenByDescending(i => i.Gain)
            .ThenBy(i => i.To)
            .ToImmutableArray();
        bool stable = ranked.All(i => i.Deterred);
        var basis = ranked.IsEmpty ? StabilityBasis.NoImprovement : stable ? StabilityBasis.EveryImprovementSanctioned : StabilityBasis.UnsanctionedImprovement;
        return new Deterrence(state, focal, concept, stable, basis, concept, ranked);
    }

    /// <summary>
    /// The sanction of s → s1 whose end the focal decision maker ranks lowest (ties: the shortest), by a
    /// breadth-first search over every (state, last mover) pair the others reach; null when none deters.
    /// </summary>
    private static List<SanctionStep>? Strongest(GraphModel model, Mover[] movers, int focal, int s, int s1, StabilityConcept concept)
    {
        var mover = movers[focal];
        bool improvementsOnly = concept == StabilityConcept.Seq;
        bool symmetric = concept == StabilityConcept.Smr;
        var focalBuffer = new int[mover.MaxMoves];
        int floor = int.MaxValue;
        var ranks = model.Ranks(focal);
        for (int x = 0; x < ranks.Length; x++)
        {
            floor = Math.Min(floor, ranks[x]);
        }

        bool Effective(int s2)
        {
            if (!mover.Deters(model, s2, s))
            {
                return false;
            }

            if (!symmetric)
            {
                return true;
            }

            int count = mover.Moves(model, s2, focalBuffer);
            for (int k = 0; k < count; k++)
            {
                if (!mover.Deters(model, focalBuffer[k], s))
                {
                    return false;
                }
            }

            return true;
        }

        var previous = new Dictionary<(int State, int Last), (int State, int Last)>();
        var queue = new Queue<(int State, int Last)>();
        var buffer = new int[Math.Max(1, movers.Max(m => m.MaxMoves))];
        var start = (s1, -1);
        previous[start] = start;
        queue.Enqueue(start);
        (int State, int Last)? best = null;
        int bestRank = int.MaxValue;
        bool exhaustive = model.StateCount <= StrongestSanctionUpTo;
        while (queue.Count > 0 && bestRank > floor && (exhaustive || best is null))
        {
            var (u, last) = queue.Dequeue();
            for (int k = 0; k < movers.Length; k++)
            {
                if (k == focal || k == last)
                {
                    continue;
                }

                int count = movers[k].Moves(model, u, buffer);
                for (int e = 0; e < count; e++)
                {
                    int t = buffer[e];
                    if (improvementsOnly && !movers[k].Improves(model, u, t))
                    {
                        continue;
                    }

                    var node = (t, k);
                    if (!previous.TryAdd(node, (u, last)))
                    {
                        continue;
                    }

                    if (model.Rank(focal, t) < bestRank && Effective(t))
                    {
                        best = node;
                        bestRank = model.Rank(focal, t);
                    }

                    queue.Enqueue(node);
                }
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var path = new List<SanctionStep>();
        var cur = found;
        while (cur != start)
        {
            var prev = previous[cur];
            var (taken, dropped) = Change(model, prev.State, cur.State);
            path.Add(new SanctionStep(cur.Last, prev.State, cur.State, taken, dropped));
            cur = prev;
        }

        path.Reverse();
        return path;
    }

    private static List<SanctionStep>? Simultaneous(GraphModel model, Mover[] movers, int focal, int s, int s1)
    {
        var moves = SimultaneousSanction.Find(model, movers, focal, s, s1);
        if (moves is null)
        {
            return null;
        }

        return [.. moves.Select(m =>
        {
            var (taken, dropped) = Change(model, m.From, m.To);
            return new SanctionStep(model.DecisionMakers.IndexOf(m.Mover), m.From, m.To, taken, dropped);
        })];
    }

    private static int Combined(GraphModel model, int s1, List<SanctionStep> simultaneous)
    {
        int code = model.DecimalCode(s1);
        foreach (var m in simultaneous)
        {
            code ^= model.DecimalCode(m.To) ^ model.DecimalCode(m.From);
        }

        return model.StateOfCode(code);
    }

    private static (ImmutableArray<int> Taken, ImmutableArray<int> Dropped) Change(GraphModel model, int from, int to)
    {
        if (!model.IsOptionForm)
        {
            return ([], []);
        }

        var taken = ImmutableArray.CreateBuilder<int>();
        var dropped = ImmutableArray.CreateBuilder<int>();
        int a = model.DecimalCode(from), b = model.DecimalCode(to);
        for (int bit = 0; bit < model.OptionCount; bit++)
        {
            bool before = ((a >> bit) & 1) != 0, after = ((b >> bit) & 1) != 0;
            if (after && !before)
            {
                taken.Add(bit);
            }
            else if (before && !after)
            {
                dropped.Add(bit);
            }
        }

        return (taken.ToImmutable(), dropped.ToImmutable());
    }
}
