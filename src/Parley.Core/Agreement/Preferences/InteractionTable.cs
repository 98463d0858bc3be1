namespace Parley.Core.Agreement;

/// <summary>
/// The interaction terms of a problem's utilities laid out for a search that assigns issues in a fixed
/// order (depth d assigns issue <c>order[d]</c>): which terms are decided at each depth (the depth of their
/// last issue), and per actor what the terms not yet decided can still add at most and at least. A term is
/// added to an actor's partial sum at the depth that decides it, so the partial sums stay exact and the
/// bounds stay valid (optimistic: every undecided positive term holds; pessimistic: every undecided
/// negative term holds).
/// </summary>
internal sealed class InteractionTable
{
    public InteractionTable(IReadOnlyList<AdditiveUtility> utilities, int[] order)
    {
        int m = utilities.Count, n = order.Length;
        var depthOf = new int[n];
        for (int d = 0; d < n; d++)
        {
            depthOf[order[d]] = d;
        }

        var actor = new List<int>();
        var value = new List<double>();
        var depths = new List<int[]>();
        var holds = new List<bool[][]>();
        for (int a = 0; a < m; a++)
        {
            foreach (var term in utilities[a].Interactions)
            {
                int k = term.Issues.Length;
                var byDepth = new (int Depth, bool[] Holds)[k];
                for (int j = 0; j < k; j++)
                {
                    byDepth[j] = (depthOf[term.Issues[j]], [.. term.Holds[j]]);
                }

                Array.Sort(byDepth, (x, y) => x.Depth.CompareTo(y.Depth));
                actor.Add(a);
                value.Add(term.Value);
                depths.Add([.. byDepth.Select(x => x.Depth)]);
                holds.Add([.. byDepth.Select(x => x.Holds)]);
            }
        }

        Count = actor.Count;
        Actor = [.. actor];
        Value = [.. value];
        Depths = [.. depths];
        HoldsAt = [.. holds];
        First = new int[Count];
        Last = new int[Count];
        PendingMax = new double[m][];
        PendingMin = new double[m][];
        var completing = new List<int>[m, n];
        for (int t = 0; t < Count; t++)
        {
            First[t] = Depths[t][0];
            Last[t] = Depths[t][^1];
            (completing[Actor[t], Last[t]] ??= []).Add(t);
        }

        // Open terms: looked at before depth d and decided at d or later; their "still alive" bits are what a
        // partial package must remember for the terms to be added exactly later.
        OpenBefore = new int[n + 1][];
        PositionBefore = new int[n + 1][];
        LookIndex = new int[Count][];
        CompletingAll = new int[n][];
        for (int d = 0; d <= n; d++)
        {
            var open = new List<int>();
            PositionBefore[d] = new int[Count];
            for (int t = 0; t < Count; t++)
            {
                PositionBefore[d][t] = -1;
                if (First[t] < d && Last[t] >= d)
                {
                    PositionBefore[d][t] = open.Count;
                    open.Add(t);
                }
            }

            OpenBefore[d] = [.. open];
        }

        for (int t = 0; t < Count; t++)
        {
            LookIndex[t] = new int[n];
            Array.Fill(LookIndex[t], -1);
            for (int j = 0; j < Depths[t].Length; j++)
            {
                LookIndex[t][Depths[t][j]] = j;
            }
        }

        for (int d = 0; d < n; d++)
        {
            var list = new List<int>();
            for (int t = 0; t < Count; t++)
            {
                if (Last[t] == d)
                {
                    list.Add(t);
                }
            }

            CompletingAll[d] = [.. list];
        }

        CompletingAt = new int[m][][];
        for (int a = 0; a < m; a++)
        {
            CompletingAt[a] = new int[n][];
            PendingMax[a] = new double[n + 1];
            PendingMin[a] = new double[n + 1];
            for (int d = n - 1; d >= 0; d--)
            {
                CompletingAt[a][d] = completing[a, d] is { } list ? [.. list] : [];
                double up = 0, down = 0;
                foreach (int t in CompletingAt[a][d])
                {
                    up += Math.Max(0, Value[t]);
                    down += Math.Min(0, Value[t]);
                }

                PendingMax[a][d] = PendingMax[a][d + 1] + up;
                PendingMin[a][d] = PendingMin[a][d + 1] + down;
            }
        }
    }

    /// <summary>True when some utility has a term.</summary>
    public bool Any => Count > 0;

    /// <summary>Number of terms, over all actors.</summary>
    public int Count { get; }

    /// <summary>The actor each term belongs to.</summary>
    public int[] Actor { get; }

    /// <summary>The value of each term.</summary>
    public double[] Value { get; }

    /// <summary>The depths each term looks at, ascending.</summary>
    public int[][] Depths { get; }

    /// <summary>For each term and each of its depths, which options meet the condition.</summary>
    public bool[][][] HoldsAt { get; }

    /// <summary>The first depth of each term.</summary>
    public int[] First { get; }

    /// <summary>The last depth of each term: where it is decided.</summary>
    public int[] Last { get; }

    /// <summary>By actor and depth: the terms decided at that depth.</summary>
    public int[][][] CompletingAt { get; }

    /// <summary>By actor and depth d: the most the terms decided at depths d.. can add (sum of positive values).</summary>
    public double[][] PendingMax { get; }

    /// <summary>By actor and depth d: the least the terms decided at depths d.. can add (sum of negative values).</summary>
    public double[][] PendingMin { get; }

    /// <summary>By depth d (0..n): the open terms before depth d is assigned (first depth before d, last at d or after).</summary>
    public int[][] OpenBefore { get; }

    /// <summary>By depth d and term: the term's bit in the open set before d, or -1.</summary>
    public int[][] PositionBefore { get; }

    /// <summary>By term and depth: the index of the depth among the term's depths, or -1.</summary>
    public int[][] LookIndex { get; }

    /// <summary>By depth: every actor's terms decided there.</summary>
    public int[][] CompletingAll { get; }

    /// <summary>Words of the bit set of open terms before depth d.</summary>
    public int WordsBefore(int d) => (OpenBefore[d].Length + 63) / 64;

    /// <summary>
    /// Assigns option <paramref name="o"/> at depth <paramref name="d"/>: from the alive bits of the terms open
    /// before d (<paramref name="before"/> at <paramref name="beforeAt"/>) writes those of the terms open
    /// after d (<paramref name="after"/> at <paramref name="afterAt"/>, cleared here) and adds the value of
    /// every term decided at d that holds to <paramref name="bonus"/> (by actor).
    /// </summary>
    public void Advance(int d, int o, ulong[] before, int beforeAt, ulong[] after, int afterAt, double[] bonus)
    {
        Array.Clear(after, afterAt, WordsBefore(d + 1));
        var positionBefore = PositionBefore[d];
        var positionAfter = PositionBefore[d + 1];
        foreach (int t in OpenBefore[d + 1])
        {
            bool alive = First[t] == d || Bit(before, beforeAt, positionBefore[t]);
            int j = LookIndex[t][d];
            if (alive && (j < 0 || HoldsAt[t][j][o]))
            {
                int bit = positionAfter[t];
                after[afterAt + (bit >> 6)] |= 1UL << (bit & 63);
            }
        }

        foreach (int t in CompletingAll[d])
        {
            bool alive = First[t] == d || Bit(before, beforeAt, positionBefore[t]);
            if (alive && HoldsAt[t][^1][o])
            {
                bonus[Actor[t]] += Value[t];
            }
        }
    }

    private static bool Bit(ulong[] set, int at, int bit) => (set[at + (bit >> 6)] & (1UL << (bit & 63))) != 0;

    /// <summary>True when term <paramref name="t"/> holds for the choices of depths up to its last (by depth).</summary>
    public bool Holds(int t, int[] choiceByDepth)
    {
        var ds = Depths[t];
        var hs = HoldsAt[t];
        for (int j = 0; j < ds.Length; j++)
        {
            if (!hs[j][choiceByDepth[ds[j]]])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the terms of actor <paramref name="a"/> decided at depth <paramref name="d"/> add, given the choices (by depth) up to d.</summary>
    public double Bonus(int a, int d, int[] choiceByDepth)
    {
        double sum = 0;
        foreach (int t in CompletingAt[a][d])
        {
            if (Holds(t, choiceByDepth))
            {
                sum += Value[t];
            }
        }

        return sum;
    }
}
