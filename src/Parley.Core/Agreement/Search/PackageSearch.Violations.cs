namespace Parley.Core.Agreement;

/// <summary>The searches over violated demands behind <see cref="BlockingSetSearch"/>.</summary>
internal sealed partial class PackageSearch
{
    /// <summary>
    /// Finds a package that violates the fewest demands among those whose violated set contains none of
    /// <paramref name="found"/>; the violated set of such a package is a minimal blocking set.
    /// </summary>
    public SearchOutcome FindLeastViolating(DemandIndex demands, List<ulong[]> found, SearchBudget budget, out ulong[]? violated, out int[]? package)
    {
        var state = new ViolationSearch(this, demands, found);
        var sums = new double[(_n + 1) * _m];
        var choice = new int[_n];
        var certain = new ulong[(_n + 1) * demands.Words];
        Violations(state, 0, sums, choice, certain, 0, budget);
        violated = state.BestSet;
        package = state.BestChoice is null ? null : ToProblemOrder(state.BestChoice);
        if (budget.Exhausted)
        {
            return SearchOutcome.BudgetExhausted;
        }

        return violated is null ? SearchOutcome.None : SearchOutcome.Found;
    }

    /// <summary>
    /// Enumerates, in one depth-first pass, the minimal elements of the violated sets of all packages (the
    /// minimal blocking sets), each with a package that violates exactly it. Keeps an antichain: a leaf whose
    /// set contains a kept set is skipped, and kept sets that contain a new one are dropped; a subtree whose
    /// certainly violated demands already contain a kept set is pruned. Exact when it returns
    /// <see cref="SearchOutcome.Found"/> or <see cref="SearchOutcome.None"/>; when the budget runs out the
    /// kept sets are not proven minimal.
    /// </summary>
    public SearchOutcome EnumerateMinimalViolations(DemandIndex demands, SearchBudget budget, List<(ulong[] Set, int[] Package)> minimal)
    {
        var state = new ViolationSearch(this, demands, []);
        var sums = new double[(_n + 1) * _m];
        var choice = new int[_n];
        var certain = new ulong[(_n + 1) * demands.Words];
        var kept = new List<(ulong[] Set, int[] Choice)>();
        AllViolations(state, 0, sums, choice, certain, budget, kept);
        if (budget.Exhausted)
        {
            return SearchOutcome.BudgetExhausted;
        }

        foreach (var (set, byDepth) in kept)
        {
            minimal.Add((set, ToProblemOrder(byDepth)));
        }

        return minimal.Count == 0 ? SearchOutcome.None : SearchOutcome.Found;
    }

    private void Violations(ViolationSearch s, int d, double[] sums, int[] choice, ulong[] certain, int certainCount, SearchBudget budget)
    {
        if (!budget.Spend())
        {
            return;
        }

        int words = s.Demands.Words;
        int at = d * words;

        // Walk-away values that can no longer be met are violated for sure.
        for (int a = 0; a < _m; a++)
        {
            int bit = s.Demands.WalkAway[a];
            if (bit >= 0 && !Has(certain, at, bit) && (_unreachable[a] || sums[(d * _m) + a] + s.MaxRemainingAll[a][d] < _res[a] - Tol))
            {
                certain[at + (bit >> 6)] |= 1UL << (bit & 63);
                certainCount++;
            }
        }

        if (certainCount + s.RedLineBound[d] >= s.BestCount)
        {
            return;
        }

        foreach (var m in s.Found)
        {
            if (Contains(certain, at, m))
            {
                return;
            }
        }

        if (d == _n)
        {
            s.BestCount = certainCount;
            s.BestSet = certain.AsSpan(at, words).ToArray();
            s.BestChoice = (int[])choice.Clone();
            return;
        }

        int here = d * _m, there = (d + 1) * _m;
        int nextAt = (d + 1) * words;
        foreach (int o in s.OptionOrder[d])
        {
            Array.Copy(certain, at, certain, nextAt, words);
            int count = certainCount;
            foreach (int bit in s.RedLineBits[d][o])
            {
                certain[nextAt + (bit >> 6)] |= 1UL << (bit & 63);
                count++;
            }

            choice[d] = o;
            for (int a = 0; a < _m; a++)
            {
                sums[there + a] = sums[here + a] + _c[a][d][o] + (_terms.Any ? _terms.Bonus(a, d, choice) : 0);
            }

            Violations(s, d + 1, sums, choice, certain, count, budget);
            if (budget.Exhausted)
            {
                return;
            }
        }
    }

    private void AllViolations(ViolationSearch s, int d, double[] sums, int[] choice, ulong[] certain, SearchBudget budget, List<(ulong[] Set, int[] Choice)> kept)
    {
        // The work of a node is dominated by the antichain check, so it is charged by the kept sets.
        if (!budget.Spend(1 + (kept.Count / 16)))
        {
            return;
        }

        int words = s.Demands.Words;
        int at = d * words;
        for (int a = 0; a < _m; a++)
        {
            int bit = s.Demands.WalkAway[a];
            if (bit >= 0 && !Has(certain, at, bit) && (_unreachable[a] || sums[(d * _m) + a] + s.MaxRemainingAll[a][d] < _res[a] - Tol))
            {
                certain[at + (bit >> 6)] |= 1UL << (bit & 63);
            }
        }

        foreach (var (set, _) in kept)
        {
            if (Contains(certain, at, set))
            {
                return;
            }
        }

        if (d == _n)
        {
            var found = certain.AsSpan(at, words).ToArray();
            kept.RemoveAll(k => Contains(k.Set, 0, found));
            kept.Add((found, (int[])choice.Clone()));
            return;
        }

        int here = d * _m, there = (d + 1) * _m;
        int nextAt = (d + 1) * words;
        foreach (int o in s.OptionOrder[d])
        {
            Array.Copy(certain, at, certain, nextAt, words);
            foreach (int bit in s.RedLineBits[d][o])
            {
                certain[nextAt + (bit >> 6)] |= 1UL << (bit & 63);
            }

            choice[d] = o;
            for (int a = 0; a < _m; a++)
            {
                sums[there + a] = sums[here + a] + _c[a][d][o] + (_terms.Any ? _terms.Bonus(a, d, choice) : 0);
            }

            AllViolations(s, d + 1, sums, choice, certain, budget, kept);
            if (budget.Exhausted)
            {
                return;
            }
        }
    }

    private sealed class ViolationSearch
    {
        public ViolationSearch(PackageSearch s, DemandIndex demands, List<ulong[]> found)
        {
            int n = s._n, m = s._m;
            Demands = demands;
            Found = found;
            RedLineBits = new int[n][][];
            OptionOrder = new int[n][];
            RedLineBound = new int[n + 1];
            MaxRemainingAll = new double[m][];
            for (int a = 0; a < m; a++)
            {
                MaxRemainingAll[a] = new double[n + 1];
            }

            for (int d = n - 1; d >= 0; d--)
            {
                int i = s._order[d];
                int k = s._cardinality[d];
                RedLineBits[d] = new int[k][];
                int least = int.MaxValue;
                for (int o = 0; o < k; o++)
                {
                    var bits = new List<int>();
                    for (int a = 0; a < m; a++)
                    {
                        int bit = demands.RedLine[(a * n) + i];
                        if (bit >= 0 && !s._allowed[a][d][o])
                        {
                            bits.Add(bit);
                        }
                    }

                    RedLineBits[d][o] = [.. bits];
                    least = Math.Min(least, bits.Count);
                }

                RedLineBound[d] = RedLineBound[d + 1] + least;
                OptionOrder[d] = StableByViolations(s._optionOrder[d], RedLineBits[d]);
                for (int a = 0; a < m; a++)
                {
                    double max = double.NegativeInfinity;
                    foreach (double x in s._c[a][d])
                    {
                        max = Math.Max(max, x);
                    }

                    MaxRemainingAll[a][d] = MaxRemainingAll[a][d + 1] + max;
                }
            }

            for (int a = 0; a < m && s._terms.Any; a++)
            {
                for (int d = 0; d <= n; d++)
                {
                    MaxRemainingAll[a][d] += s._terms.PendingMax[a][d];
                }
            }
        }

        public DemandIndex Demands { get; }

        public List<ulong[]> Found { get; }

        public int[][][] RedLineBits { get; }

        public int[][] OptionOrder { get; }

        public int[] RedLineBound { get; }

        public double[][] MaxRemainingAll { get; }

        public int BestCount { get; set; } = int.MaxValue;

        public ulong[]? BestSet { get; set; }

        public int[]? BestChoice { get; set; }

        // Fewest violated red lines first; among equals, the feasibility order (a stable sort keeps it).
        private static int[] StableByViolations(int[] order, int[][] bits) =>
            [.. order.OrderBy(o => bits[o].Length)];
    }
}
