using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>
/// Simultaneous stability in option form: the focal mover's improvement s → s1 is deterred when the
/// other movers, each staying put or taking one of its own unilateral improvements from s (at least one
/// moving), produce together with s1 a feasible state the focal mover does not prefer to s. Control of
/// options is disjoint, so the combined state's code is s1's code with each mover's bits replaced.
/// Every combination is searched for every improvement (gmcr-py defect D1 is not repeated).
/// </summary>
internal static class SimultaneousSanction
{
    public static void Check(GraphModel model, Mover[] movers, MoverGroups?[] groups, int focal, byte[] stable, ParallelOptions parallel)
    {
        int n = model.StateCount;
        var others = Enumerable.Range(0, movers.Length).Where(j => j != focal).ToArray();
        var bounds = Bounds(model, movers, focal, others, parallel);

        Parallel.For(0, MoverGroups.Blocks(n), parallel, block =>
        {
            var search = new BoundedSearch(model, movers, groups, focal, others, bounds);
            int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
            for (int s = block * MoverGroups.BlockSize; s < end; s++)
            {
                stable[s] = (byte)(search.IsStable(s) ? 1 : 0);
            }
        });
    }

    /// <summary>
    /// bounds[o][m][key] = the lowest rank member m of the focal mover has over all feasible states with
    /// the given option bits of the focal mover and of mover o (key = those bits, compressed). A choice of
    /// mover o that cannot go below the focal mover's rank at s whatever the rest do is pruned.
    /// </summary>
    private static int[][][] Bounds(GraphModel model, Mover[] movers, int focal, int[] others, ParallelOptions parallel)
    {
        var bounds = new int[others.Length][][];
        for (int k = 0; k < others.Length; k++)
        {
            int mask = movers[focal].Mask | movers[others[k]].Mask;
            int size = 1 << System.Numerics.BitOperations.PopCount((uint)mask);
            bounds[k] = new int[movers[focal].Members.Length][];
            for (int m = 0; m < movers[focal].Members.Length; m++)
            {
                var rank = model.RankArray(movers[focal].Members[m]);
                var bound = new int[size];
                Array.Fill(bound, int.MaxValue);
                for (int s = 0; s < model.StateCount; s++)
                {
                    int key = MoverGroups.Compress(model.Code(s), mask);
                    if (rank[s] < bound[key])
                    {
                        bound[key] = rank[s];
                    }
                }

                bounds[k][m] = bound;
            }
        }

        return bounds;
    }

    private sealed class BoundedSearch(GraphModel model, Mover[] movers, MoverGroups?[] groups, int focal, int[] others, int[][][] bounds)
    {
        private readonly List<int>[] improvements = [.. others.Select(_ => new List<int>())];
        private readonly List<int> own = [];
        private readonly int[] buffer = new int[movers.Max(m => m.MaxMoves)];
        private readonly int[] threshold = new int[movers[focal].Members.Length];
        private int state;
        private bool collected;

        public bool IsStable(int s)
        {
            state = s;
            collected = false;
            Improvements(focal, own);
            if (own.Count == 0)
            {
                return true;
            }

            for (int m = 0; m < threshold.Length; m++)
            {
                threshold[m] = model.Rank(movers[focal].Members[m], s);
            }

            if (!collected)
            {
                for (int k = 0; k < others.Length; k++)
                {
                    Improvements(others[k], improvements[k]);
                }

                collected = true;
            }

            bool stable = true;
            foreach (int s1 in own)
            {
                if (!Deterred(0, model.Code(s1), false))
                {
                    stable = false;
                    break;
                }
            }

            return stable;
        }

        private void Improvements(int mover, List<int> into)
        {
            into.Clear();
            if (groups[mover] is { } g)
            {
                foreach (int t in g.Improvements(state, model.Code(state)))
                {
                    into.Add(t);
                }

                return;
            }

            int count = movers[mover].Moves(model, state, buffer);
            for (int k = 0; k < count; k++)
            {
                if (movers[mover].Improves(model, state, buffer[k]))
                {
                    into.Add(buffer[k]);
                }
            }
        }

        private bool Deterred(int level, int code, bool anyMoved)
        {
            if (level == others.Length)
            {
                if (!anyMoved)
                {
                    return false;
                }

                int combined = model.StateOfCode(code);
                return combined >= 0 && movers[focal].Deters(model, combined, state);
            }

            if (Deterred(level + 1, code, anyMoved))
            {
                return true;
            }

            int mask = movers[others[level]].Mask;
            int keyMask = movers[focal].Mask | mask;
            var bound = bounds[level];
            foreach (int t in improvements[level])
            {
                int next = (code & ~mask) | (model.Code(t) & mask);
                int key = MoverGroups.Compress(next, keyMask);
                bool possible = false;
                for (int m = 0; m < bound.Length && !possible; m++)
                {
                    possible = bound[m][key] <= threshold[m];
                }

                if (possible && Deterred(level + 1, next, true))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The others' moves that spoil focal's improvement to <paramref name="s1"/>, or null when none do.</summary>
    public static List<Move>? Find(GraphModel model, Mover[] movers, int focal, int s, int s1)
    {
        var improvements = NewLists(movers);
        Collect(model, movers, s, improvements);
        var chosen = new int[movers.Length];
        if (!Search(model, movers, focal, s, model.Code(s1), 0, false, improvements, chosen))
        {
            return null;
        }

        var moves = new List<Move>();
        for (int j = 0; j < movers.Length; j++)
        {
            if (j != focal && chosen[j] >= 0)
            {
                moves.Add(new Move(s, chosen[j], movers[j].Name));
            }
        }

        return moves;
    }

    private static List<int>[] NewLists(Mover[] movers)
    {
        var lists = new List<int>[movers.Length];
        for (int j = 0; j < movers.Length; j++)
        {
            lists[j] = new List<int>(Math.Min(movers[j].MaxMoves, 1024));
        }

        return lists;
    }

    private static void Collect(GraphModel model, Mover[] movers, int s, List<int>[] improvements)
    {
        var buffer = new int[movers.Max(m => m.MaxMoves)];
        for (int j = 0; j < movers.Length; j++)
        {
            improvements[j].Clear();
            int count = movers[j].Moves(model, s, buffer);
            for (int k = 0; k < count; k++)
            {
                if (movers[j].Improves(model, s, buffer[k]))
                {
                    improvements[j].Add(buffer[k]);
                }
            }
        }
    }

    private static bool Search(GraphModel model, Mover[] movers, int focal, int s, int code, int j, bool anyMoved, List<int>[] improvements, int[] chosen)
    {
        if (j == movers.Length)
        {
            if (!anyMoved)
            {
                return false;
            }

            int combined = model.StateOfCode(code);
            return combined >= 0 && movers[focal].Deters(model, combined, s);
        }

        if (j == focal)
        {
            chosen[j] = -1;
            return Search(model, movers, focal, s, code, j + 1, anyMoved, improvements, chosen);
        }

        chosen[j] = -1;
        if (Search(model, movers, focal, s, code, j + 1, anyMoved, improvements, chosen))
        {
            return true;
        }

        int mask = movers[j].Mask;
        foreach (int t in improvements[j])
        {
            chosen[j] = t;
            if (Search(model, movers, focal, s, (code & ~mask) | (model.Code(t) & mask), j + 1, true, improvements, chosen))
            {
                return true;
            }
        }

        chosen[j] = -1;
        return false;
    }
}
