using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>
/// Finds, for one state, one focal mover and one of its improvements, a sanction as a path of moves:
/// a breadth-first search over (state, last mover) pairs of the other movers, so the path is a shortest
/// legal sequence (no mover twice in a row). Used to explain verdicts and to test single states.
/// </summary>
internal static class SanctionSearch
{
    /// <summary>The focal mover's unilateral improvements from <paramref name="s"/>, in state order.</summary>
    public static List<int> Improvements(GraphModel model, Mover mover, int s)
    {
        var buffer = new int[mover.MaxMoves];
        int count = mover.Moves(model, s, buffer);
        var list = new List<int>();
        for (int k = 0; k < count; k++)
        {
            if (mover.Improves(model, s, buffer[k]))
            {
                list.Add(buffer[k]);
            }
        }

        list.Sort();
        return list;
    }

    /// <summary>A sanction of the improvement s → s1 under <paramref name="concept"/>, or null when none exists.</summary>
    public static List<Move>? Find(GraphModel model, Mover[] movers, int focal, int s, int s1, StabilityConcept concept)
    {
        switch (concept)
        {
            case StabilityConcept.Nash:
                return null;
            case StabilityConcept.Sim:
                return SimultaneousSanction.Find(model, movers, focal, s, s1);
            case StabilityConcept.SeqSim:
                throw new ArgumentException("SEQ+SIM is decided per state (SEQ-stable or SIM-stable), not per improvement.", nameof(concept));
        }

        var mover = movers[focal];
        bool improvementsOnly = concept == StabilityConcept.Seq;
        bool symmetric = concept == StabilityConcept.Smr;
        var focalBuffer = new int[mover.MaxMoves];

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

            // SMR: the focal mover cannot escape: no move from s2 leads to a state it prefers to s.
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

        int h = movers.Length;
        var previous = new Dictionary<(int State, int Last), (int State, int Last)>();
        var queue = new Queue<(int State, int Last)>();
        var buffer = new int[movers.Max(m => m.MaxMoves)];
        var start = (s1, -1);
        previous[start] = start;
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var (u, last) = queue.Dequeue();
            for (int k = 0; k < h; k++)
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

                    if (Effective(t))
                    {
                        var path = new List<Move>();
                        var cur = node;
                        while (cur != start)
                        {
                            var prev = previous[cur];
                            path.Add(new Move(prev.State, cur.Item1, movers[cur.Item2].Name));
                            cur = prev;
                        }

                        path.Reverse();
                        return path;
                    }

                    queue.Enqueue(node);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="s"/> is stable for the focal mover: every improvement has a sanction.</summary>
    public static bool IsStable(GraphModel model, Mover[] movers, int focal, int s, StabilityConcept concept)
    {
        if (concept == StabilityConcept.SeqSim)
        {
            return IsStable(model, movers, focal, s, StabilityConcept.Seq) || IsStable(model, movers, focal, s, StabilityConcept.Sim);
        }

        foreach (int s1 in Improvements(model, movers[focal], s))
        {
            if (Find(model, movers, focal, s, s1, concept) is null)
            {
                return false;
            }
        }

        return true;
    }
}
