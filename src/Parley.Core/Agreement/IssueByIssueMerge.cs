using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// The Pareto frontier of an additive problem without enumerating the outcome space: packages are built
/// issue by issue, and after each issue the partial packages whose partial utility vector is strictly
/// dominated by another's are dropped. Dropping is exact because every completion adds the same vector to
/// both: the completion of the dominated partial package stays strictly dominated. Partial packages with
/// the same vector (within the tolerance) are merged into one state that remembers every way to reach it
/// (back-pointers), so ties survive to the end and every tied package can be listed.
/// </summary>
/// <remarks>
/// <para>Interaction terms break "every completion adds the same vector": a term looked at but not yet
/// decided adds its value later only if the options chosen so far meet its conditions. Each partial package
/// therefore carries the alive bits of the open terms (its context), terms are added when their last issue
/// is chosen, and dominance and ties are decided only between partial packages with the same context, whose
/// completions do add the same vector. Exactness is kept; the cost grows with the number of contexts, so
/// issues are best ordered to keep few terms open at once (<see cref="ParetoFrontier"/> does so).</para>
/// A utility <see cref="AdditiveUtility.Ceiling"/> makes the final utility min(sum, ceiling), which can turn
/// a strict difference into a tie. A partial package is therefore dropped only when it is worse by more
/// than the tolerance in a coordinate that cannot reach the ceiling even with the best remaining options.
/// </remarks>
internal static class IssueByIssueMerge
{
    /// <summary>The states after each issue: level k holds the distinct partial vectors of issues 0..k-1.</summary>
    internal sealed class Level(double[] sums, int count, int[] predStart, int[] predState, int[] predOption, ulong[] context, int words)
    {
        /// <summary>Alive bits of the open interaction terms, <c>count × words</c>, row-major.</summary>
        public ulong[] Context { get; } = context;

        /// <summary>Words of one state's context.</summary>
        public int Words { get; } = words;

        /// <summary>Partial utility vectors, <c>count × actors</c>, row-major.</summary>
        public double[] Sums { get; } = sums;

        /// <summary>Number of states.</summary>
        public int Count { get; } = count;

        /// <summary>State s's predecessors are <c>[PredStart[s], PredStart[s+1])</c>.</summary>
        public int[] PredStart { get; } = predStart;

        /// <summary>The predecessor state in the previous level.</summary>
        public int[] PredState { get; } = predState;

        /// <summary>The option chosen for this level's issue from that predecessor.</summary>
        public int[] PredOption { get; } = predOption;
    }

    /// <summary>Runs the merge.</summary>
    /// <param name="contributions">By actor, issue, option.</param>
    /// <param name="options">Allowed option indices of each issue (none empty).</param>
    /// <param name="ceilings">Each actor's ceiling, +∞ when none.</param>
    /// <param name="tolerance">Absolute tolerance of every comparison.</param>
    /// <param name="terms">The interaction terms in issue order (identity order), or null for none.</param>
    /// <returns>One level per issue plus the initial level; the last level's states are the frontier points.</returns>
    public static Level[] Run(double[][][] contributions, int[][] options, double[] ceilings, double tolerance, InteractionTable? terms = null)
    {
        terms = terms is { Any: true } ? terms : null;
        int actors = contributions.Length;
        int issues = options.Length;

        // remaining[k][a]: the most actor a can still gain from issues k..end.
        var remaining = new double[issues + 1][];
        remaining[issues] = new double[actors];
        for (int k = issues - 1; k >= 0; k--)
        {
            remaining[k] = new double[actors];
            for (int a = 0; a < actors; a++)
            {
                double best = double.NegativeInfinity;
                foreach (int o in options[k])
                {
                    best = Math.Max(best, contributions[a][k][o]);
                }

                remaining[k][a] = remaining[k + 1][a] + best;
            }
        }

        for (int k = 0; k <= issues && terms is not null; k++)
        {
            for (int a = 0; a < actors; a++)
            {
                remaining[k][a] += terms.PendingMax[a][k];
            }
        }

        var bonus = new double[actors];
        var levels = new Level[issues + 1];
        levels[0] = new Level(new double[actors], 1, [0, 0], [], [], [], 0);
        for (int k = 0; k < issues; k++)
        {
            var prev = levels[k];
            int[] opts = options[k];
            int count = checked(prev.Count * opts.Length);
            var sums = new double[checked(count * actors)];
            var fromState = new int[count];
            var fromOption = new int[count];
            int words = terms?.WordsBefore(k + 1) ?? 0;
            var context = new ulong[checked(count * words)];
            bool last = k == issues - 1;
            int c = 0;
            for (int s = 0; s < prev.Count; s++)
            {
                for (int j = 0; j < opts.Length; j++)
                {
                    int o = opts[j];
                    if (terms is not null)
                    {
                        Array.Clear(bonus);
                        terms.Advance(k, o, prev.Context, s * prev.Words, context, c * words, bonus);
                    }

                    for (int a = 0; a < actors; a++)
                    {
                        double v = prev.Sums[(s * actors) + a] + contributions[a][k][o] + bonus[a];
                        sums[(c * actors) + a] = last && v > ceilings[a] ? ceilings[a] : v;
                    }

                    fromState[c] = s;
                    fromOption[c] = o;
                    c++;
                }
            }

            // A coordinate may decide strict dominance only if no completion can lift it to the ceiling
            // (after the last issue the ceiling is applied already, so every coordinate may).
            var headroom = new double[actors];
            for (int a = 0; a < actors; a++)
            {
                headroom[a] = last ? double.PositiveInfinity : ceilings[a] - remaining[k + 1][a] - tolerance;
            }

            int[] survivors = words == 0
                ? Survivors(sums, count, actors, headroom, tolerance)
                : AcrossContexts(sums, SurvivorsByContext(sums, count, actors, headroom, tolerance, context, words), actors, headroom, tolerance, context, words, terms!, k + 1);
            levels[k + 1] = GroupTies(sums, actors, survivors, fromState, fromOption, tolerance, context, words);
        }

        return levels;
    }

    private static int[] Survivors(double[] sums, int count, int actors, double[] headroom, double tolerance) => actors switch
    {
        2 => Sweep2(sums, count, headroom, tolerance),
        3 => Sweep3(sums, count, headroom, tolerance),
        _ => BlockNestedLoops(sums, count, actors, headroom, tolerance),
    };

    /// <summary>The survivors of dominance within each group of candidates that share a context.</summary>
    private static int[] SurvivorsByContext(double[] sums, int count, int actors, double[] headroom, double tolerance, ulong[] context, int words)
    {
        var byContext = new int[count];
        for (int i = 0; i < count; i++)
        {
            byContext[i] = i;
        }

        Array.Sort(byContext, (x, y) =>
        {
            int c = context.AsSpan(x * words, words).SequenceCompareTo(context.AsSpan(y * words, words));
            return c != 0 ? c : x.CompareTo(y);
        });

        var kept = new List<int>();
        int start = 0;
        while (start < count)
        {
            int end = start + 1;
            var key = context.AsSpan(byContext[start] * words, words);
            while (end < count && context.AsSpan(byContext[end] * words, words).SequenceEqual(key))
            {
                end++;
            }

            int size = end - start;
            var group = new double[size * actors];
            for (int g = 0; g < size; g++)
            {
                Array.Copy(sums, byContext[start + g] * actors, group, g * actors, actors);
            }

            foreach (int g in Survivors(group, size, actors, headroom, tolerance))
            {
                kept.Add(byContext[start + g]);
            }

            start = end;
        }

        var result = kept.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>
    /// Two actors: sort by u0 descending, then sweep with two running maxima of u1, O(n log n).
    /// b is dominated iff some a has a0 &gt; b0 + ε and a1 ≥ b1 − ε (strict in u0), or a0 ≥ b0 − ε and
    /// a1 &gt; b1 + ε (strict in u1).
    /// </summary>
    /// <summary>
    /// Prunes across groups of different alive bits (which <see cref="SurvivorsByContext"/> never compares):
    /// state q goes when some state p is strictly better for every completion. Whatever the completion, the
    /// open terms add to p at least the sum of its alive negative terms (<c>lo</c>) and to q at most the sum of
    /// its alive positive terms (<c>hi</c>), so p beats q for every completion when <c>lo_p</c> dominates
    /// <c>hi_q</c> (at least in every coordinate, more in one that no completion lifts to its ceiling), and then
    /// no package through q is on the frontier. Only maximal <c>lo</c> vectors (compared exactly, so the order
    /// is transitive) need to be tried as dominators.
    /// </summary>
    private static int[] AcrossContexts(double[] sums, int[] survivors, int actors, double[] headroom, double eps, ulong[] context, int words, InteractionTable terms, int depth)
    {
        int n = survivors.Length;
        if (n < 2)
        {
            return survivors;
        }

        var open = terms.OpenBefore[depth];
        var lo = new double[n * actors];
        var hi = new double[n * actors];
        for (int i = 0; i < n; i++)
        {
            int s = survivors[i];
            Array.Copy(sums, s * actors, lo, i * actors, actors);
            Array.Copy(sums, s * actors, hi, i * actors, actors);
            for (int w = 0; w < words; w++)
            {
                for (ulong bits = context[(s * words) + w]; bits != 0; bits &= bits - 1)
                {
                    int t = open[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                    double v = terms.Value[t];
                    int at = (i * actors) + terms.Actor[t];
                    if (v < 0)
                    {
                        lo[at] += v;
                    }
                    else
                    {
                        hi[at] += v;
                    }

                }
            }
        }

        var exact = new double[actors];
        Array.Fill(exact, double.PositiveInfinity);
        var dominators = Survivors(lo, n, actors, exact, 0);
        var window = new double[actors][];
        for (int a = 0; a < actors; a++)
        {
            window[a] = new double[dominators.Length];
            for (int j = 0; j < dominators.Length; j++)
            {
                window[a][j] = lo[(dominators[j] * actors) + a];
            }
        }

        var low = new double[actors];
        var high = new double[actors];
        var eligible = new bool[actors];
        var kept = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < actors; a++)
            {
                double v = hi[(i * actors) + a];
                low[a] = v - eps;
                high[a] = v + eps;
                eligible[a] = sums[(survivors[i] * actors) + a] < headroom[a];
            }

            if (!AnyDominates(window, dominators.Length, low, high, eligible))
            {
                kept.Add(survivors[i]);
            }
        }

        return kept.Count == n ? survivors : [.. kept];
    }

    private static int[] Sweep2(double[] sums, int count, double[] headroom, double eps)
    {
        var order = new int[count];
        var keys = new double[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = -sums[2 * i];
        }

        Array.Sort(keys, order);

        // Equal u0 keys: u1 descending, so the sweep is deterministic.
        int start = 0;
        while (start < count)
        {
            int end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) => sums[(2 * y) + 1].CompareTo(sums[(2 * x) + 1])));
            }

            start = end;
        }

        var kept = new List<int>();
        int p1 = 0, p2 = 0;
        double max1 = double.NegativeInfinity, max2 = double.NegativeInfinity;
        for (int t = 0; t < count; t++)
        {
            int b = order[t];
            double bx = sums[2 * b], by = sums[(2 * b) + 1];
            while (p1 < count && sums[2 * order[p1]] > bx + eps)
            {
                max1 = Math.Max(max1, sums[(2 * order[p1]) + 1]);
                p1++;
            }

            while (p2 < count && sums[2 * order[p2]] >= bx - eps)
            {
                max2 = Math.Max(max2, sums[(2 * order[p2]) + 1]);
                p2++;
            }

            bool strictX = bx < headroom[0] && max1 >= by - eps;
            bool strictY = by < headroom[1] && max2 > by + eps;
            if (!strictX && !strictY)
            {
                kept.Add(b);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// Three actors: sort by u0 descending and answer "is there a processed vector with u1 at least t and
    /// u2 at least s" with Fenwick trees of the maximum u2 over u1 ranks, O(n log n). Two trees hold the
    /// vectors with u0 &gt; b0 + ε (for dominance strict in u0) and with u0 ≥ b0 − ε (strict in u1 or u2).
    /// </summary>
    private static int[] Sweep3(double[] sums, int count, double[] headroom, double eps)
    {
        var order = new int[count];
        var keys = new double[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = -sums[3 * i];
        }

        Array.Sort(keys, order);

        // u1 ranks, descending: rank r holds the r-th largest u1.
        var byY = new int[count];
        var yDesc = new double[count];
        for (int i = 0; i < count; i++)
        {
            byY[i] = i;
            yDesc[i] = -sums[(3 * i) + 1];
        }

        Array.Sort(yDesc, byY);
        var rank = new int[count];
        for (int r = 0; r < count; r++)
        {
            rank[byY[r]] = r;
            yDesc[r] = -yDesc[r];
        }

        var strictInX = new MaxFenwick(count);
        var weakInX = new MaxFenwick(count);
        var kept = new List<int>();
        int p1 = 0, p2 = 0;
        for (int t = 0; t < count; t++)
        {
            int b = order[t];
            double bx = sums[3 * b], by = sums[(3 * b) + 1], bz = sums[(3 * b) + 2];
            while (p1 < count && sums[3 * order[p1]] > bx + eps)
            {
                strictInX.Raise(rank[order[p1]], sums[(3 * order[p1]) + 2]);
                p1++;
            }

            while (p2 < count && sums[3 * order[p2]] >= bx - eps)
            {
                weakInX.Raise(rank[order[p2]], sums[(3 * order[p2]) + 2]);
                p2++;
            }

            int atLeast = CountAtLeast(yDesc, by - eps) - 1;
            int above = CountAbove(yDesc, by + eps) - 1;
            bool dominated =
                (bx < headroom[0] && strictInX.Max(atLeast) >= bz - eps)
                || (by < headroom[1] && weakInX.Max(above) >= bz - eps)
                || (bz < headroom[2] && weakInX.Max(atLeast) > bz + eps);
            if (!dominated)
            {
                kept.Add(b);
            }
        }

        return [.. kept];
    }

    /// <summary>How many entries of a descending array are at least <paramref name="threshold"/>.</summary>
    private static int CountAtLeast(double[] descending, double threshold)
    {
        int lo = 0, hi = descending.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (descending[mid] >= threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many entries of a descending array exceed <paramref name="threshold"/>.</summary>
    private static int CountAbove(double[] descending, double threshold)
    {
        int lo = 0, hi = descending.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (descending[mid] > threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Prefix maxima over ranks (a Fenwick tree): raise a rank's value, ask the max over ranks 0..r.</summary>
    private sealed class MaxFenwick(int size)
    {
        private readonly double[] _tree = Filled(size + 1);

        public void Raise(int rank, double value)
        {
            for (int i = rank + 1; i < _tree.Length; i += i & -i)
            {
                if (value > _tree[i])
                {
                    _tree[i] = value;
                }
            }
        }

        public double Max(int lastRank)
        {
            double best = double.NegativeInfinity;
            for (int i = lastRank + 1; i > 0; i -= i & -i)
            {
                best = Math.Max(best, _tree[i]);
            }

            return best;
        }

        private static double[] Filled(int length)
        {
            var a = new double[length];
            Array.Fill(a, double.NegativeInfinity);
            return a;
        }
    }

    /// <summary>
    /// Four or more actors: sort-filter-skyline. Candidates arrive by decreasing total utility, so a
    /// dominating vector enters the window of survivors before the vectors it dominates; each candidate is
    /// checked against the whole window (stored per actor, compared several members at a time with SIMD),
    /// O(n·k·m) for window size k. A later candidate can dominate an earlier survivor only when their totals
    /// lie within the tolerance band, so only that tail of the window is re-checked.
    /// </summary>
    private static int[] BlockNestedLoops(double[] sums, int count, int actors, double[] headroom, double eps)
    {
        var order = new int[count];
        var keys = new double[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
            double total = 0;
            for (int a = 0; a < actors; a++)
            {
                total += sums[(i * actors) + a];
            }

            keys[i] = -total;
        }

        Array.Sort(keys, order);

        var window = new double[actors][];
        for (int a = 0; a < actors; a++)
        {
            window[a] = new double[count];
        }

        var members = new int[count];
        var totals = new double[count];
        var low = new double[actors];
        var high = new double[actors];
        var eligible = new bool[actors];
        int size = 0;
        double band = actors * eps;
        for (int t = 0; t < count; t++)
        {
            int b = order[t];
            for (int a = 0; a < actors; a++)
            {
                double v = sums[(b * actors) + a];
                low[a] = v - eps;
                high[a] = v + eps;
                eligible[a] = v < headroom[a];
            }

            if (AnyDominates(window, size, low, high, eligible))
            {
                continue;
            }

            double bTotal = -keys[t];
            for (int j = size - 1; j >= 0 && totals[j] <= bTotal + band; j--)
            {
                if (Dominates(sums, b, members[j], actors, headroom, eps))
                {
                    for (int a = 0; a < actors; a++)
                    {
                        Array.Copy(window[a], j + 1, window[a], j, size - j - 1);
                    }

                    Array.Copy(members, j + 1, members, j, size - j - 1);
                    Array.Copy(totals, j + 1, totals, j, size - j - 1);
                    size--;
                }
            }

            for (int a = 0; a < actors; a++)
            {
                window[a][size] = sums[(b * actors) + a];
            }

            members[size] = b;
            totals[size] = bTotal;
            size++;
        }

        var kept = members[..size];
        Array.Sort(kept);
        return kept;
    }

    /// <summary>
    /// True when some window member w has w ≥ low in every coordinate and w &gt; high in an eligible one
    /// (low = b − ε, high = b + ε): w dominates b.
    /// </summary>
    private static bool AnyDominates(double[][] window, int size, double[] low, double[] high, bool[] eligible)
    {
        int actors = window.Length;
        int width = Vector<double>.Count;
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; j + width <= size; j += width)
            {
                var atLeast = Vector<long>.AllBitsSet;
                var strict = Vector<long>.Zero;
                for (int a = 0; a < actors; a++)
                {
                    var w = new Vector<double>(window[a], j);
                    atLeast &= Vector.GreaterThanOrEqual(w, new Vector<double>(low[a]));
                    if (eligible[a])
                    {
                        strict |= Vector.GreaterThan(w, new Vector<double>(high[a]));
                    }
                }

                if (!Vector.EqualsAll(atLeast & strict, Vector<long>.Zero))
                {
                    return true;
                }
            }
        }

        for (; j < size; j++)
        {
            bool atLeast = true, strict = false;
            for (int a = 0; a < actors && atLeast; a++)
            {
                double w = window[a][j];
                atLeast = w >= low[a];
                strict |= eligible[a] && w > high[a];
            }

            if (atLeast && strict)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when vector x dominates y: at least y − ε everywhere, and more than y + ε in a coordinate where
    /// y cannot reach the ceiling.
    /// </summary>
    private static bool Dominates(double[] sums, int x, int y, int actors, double[] headroom, double eps)
    {
        bool strict = false;
        int xo = x * actors, yo = y * actors;
        for (int a = 0; a < actors; a++)
        {
            double xv = sums[xo + a], yv = sums[yo + a];
            if (xv < yv - eps)
            {
                return false;
            }

            if (xv > yv + eps && yv < headroom[a])
            {
                strict = true;
            }
        }

        return strict;
    }

    /// <summary>Merges surviving candidates whose vectors agree within ε into one state each.</summary>
    private static Level GroupTies(double[] sums, int actors, int[] survivors, int[] fromState, int[] fromOption, double eps, ulong[] context, int words)
    {
        var keys = new double[survivors.Length];
        var sorted = (int[])survivors.Clone();
        for (int i = 0; i < sorted.Length; i++)
        {
            keys[i] = -sums[sorted[i] * actors];
        }

        Array.Sort(keys, sorted);
        var groupOf = new int[sorted.Length];
        var reps = new List<int>();
        for (int i = 0; i < sorted.Length; i++)
        {
            int s = sorted[i];
            double x0 = sums[s * actors];
            int found = -1;
            for (int g = reps.Count - 1; g >= 0 && sums[reps[g] * actors] <= x0 + eps; g--)
            {
                if (Equal(sums, reps[g], s, actors, eps) && context.AsSpan(reps[g] * words, words).SequenceEqual(context.AsSpan(s * words, words)))
                {
                    found = g;
                    break;
                }
            }

            if (found < 0)
            {
                found = reps.Count;
                reps.Add(s);
            }

            groupOf[i] = found;
        }

        int groups = reps.Count;
        var newSums = new double[groups * actors];
        var newContext = new ulong[groups * words];
        for (int g = 0; g < groups; g++)
        {
            Array.Copy(sums, reps[g] * actors, newSums, g * actors, actors);
            Array.Copy(context, reps[g] * words, newContext, g * words, words);
        }

        var predStart = new int[groups + 1];
        foreach (int g in groupOf)
        {
            predStart[g + 1]++;
        }

        for (int g = 0; g < groups; g++)
        {
            predStart[g + 1] += predStart[g];
        }

        var fill = (int[])predStart.Clone();
        var predState = new int[sorted.Length];
        var predOption = new int[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            int at = fill[groupOf[i]]++;
            predState[at] = fromState[sorted[i]];
            predOption[at] = fromOption[sorted[i]];
        }

        return new Level(newSums, groups, predStart, predState, predOption, newContext, words);
    }

    private static bool Equal(double[] sums, int x, int y, int actors, double eps)
    {
        for (int a = 0; a < actors; a++)
        {
            if (Math.Abs(sums[(x * actors) + a] - sums[(y * actors) + a]) > eps)
            {
                return false;
            }
        }

        return true;
    }
}
