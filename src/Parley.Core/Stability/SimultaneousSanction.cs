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
    public static void Check(GraphModel model, Mover[] movers, int focal, byte[] stable, ParallelOptions parallel)
    {
        int n = model.StateCount;
        Parallel.For(0, MoverGroups.Blocks(n), parallel, block =>
        {
            var improvements = NewLists(movers);
            var chosen = new int[movers.Length];
            int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
            for (int s = block * MoverGroups.BlockSize; s < end; s++)
            {
                stable[s] = (byte)(IsStable(model, movers, focal, s, improvements, chosen) ? 1 : 0);
            }
        });
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

    private static bool IsStable(GraphModel model, Mover[] movers, int focal, int s, List<int>[] improvements, int[] chosen)
    {
        Collect(model, movers, s, improvements);
        foreach (int s1 in improvements[focal])
        {
            if (!Search(model, movers, focal, s, model.Code(s1), 0, false, improvements, chosen))
            {
                return false;
            }
        }

        return true;
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
