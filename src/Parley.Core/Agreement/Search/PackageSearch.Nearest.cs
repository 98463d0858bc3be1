namespace Parley.Core.Agreement;

/// <summary>The search for the acceptable package nearest to a target package.</summary>
internal sealed partial class PackageSearch
{
    /// <summary>
    /// Finds an acceptable package that differs from <paramref name="target"/> (by problem issue; -1 = free)
    /// on the fewest issues. <see cref="SearchOutcome.BudgetExhausted"/> with a package means the package
    /// is acceptable but not proven nearest.
    /// </summary>
    public SearchOutcome FindNearest(ReadOnlySpan<int> target, SearchBudget budget, out int[]? package)
    {
        var frame = new Frame(this, null, null);
        package = null;
        if (!frame.Possible)
        {
            return SearchOutcome.None;
        }

        var targetByDepth = new int[_n];
        var forced = new int[_n + 1];
        for (int d = 0; d < _n; d++)
        {
            targetByDepth[d] = target[_order[d]];
        }

        for (int d = _n - 1; d >= 0; d--)
        {
            bool mustChange = targetByDepth[d] >= 0 && !frame.Ok[d][targetByDepth[d]];
            forced[d] = forced[d + 1] + (mustChange ? 1 : 0);
        }

        var search = new NearestSearch(frame, targetByDepth, forced);
        var sums = new double[(_n + 1) * _m];
        var choice = new int[_n];
        Nearest(search, 0, 0, sums, choice, budget);
        if (search.BestChoice is not null)
        {
            package = ToProblemOrder(search.BestChoice);
        }

        if (budget.Exhausted)
        {
            return SearchOutcome.BudgetExhausted;
        }

        return package is null ? SearchOutcome.None : SearchOutcome.Found;
    }

    private void Nearest(NearestSearch s, int d, int changes, double[] sums, int[] choice, SearchBudget budget)
    {
        if (!budget.Spend())
        {
            return;
        }

        if (changes + s.Forced[d] >= s.BestChanges)
        {
            return;
        }

        if (d == _n)
        {
            s.BestChanges = changes;
            s.BestChoice = (int[])choice.Clone();
            return;
        }

        int here = d * _m, there = (d + 1) * _m;
        int wanted = s.Target[d];
        if (wanted >= 0 && s.Frame.Ok[d][wanted] && Extend(s.Frame, d, wanted, sums, here, there, choice))
        {
            Nearest(s, d + 1, changes, sums, choice, budget);
        }

        foreach (int o in _optionOrder[d])
        {
            if (o == wanted || !s.Frame.Ok[d][o] || !Extend(s.Frame, d, o, sums, here, there, choice))
            {
                continue;
            }

            Nearest(s, d + 1, changes + (wanted >= 0 ? 1 : 0), sums, choice, budget);
            if (budget.Exhausted)
            {
                return;
            }
        }
    }

    private sealed class NearestSearch(Frame frame, int[] target, int[] forced)
    {
        public Frame Frame { get; } = frame;

        public int[] Target { get; } = target;

        public int[] Forced { get; } = forced;

        public int BestChanges { get; set; } = int.MaxValue;

        public int[]? BestChoice { get; set; }
    }
}
