using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// Exact searches over the packages of an <see cref="AgreementProblem"/> without enumerating them:
/// depth-first branch and bound over issues, pruned by per-actor bounds on the utility the remaining
/// issues can still add (and an aggregate bound on their sum), plus a dynamic programme that counts
/// acceptable packages by merging equal partial-utility vectors. Issues are searched in an order that
/// prunes early (fewest commonly allowed options first, then widest utility spread); results are mapped
/// back to the problem's issue order.
/// </summary>
internal sealed partial class PackageSearch
{
    private const double Tol = AgreementProblem.Tolerance;

    private readonly AgreementProblem _problem;
    private readonly int _n;
    private readonly int _m;
    private readonly int[] _order;          // depth -> issue
    private readonly int[][] _optionOrder;  // depth -> options, most promising first
    private readonly double[][][] _c;       // actor -> depth -> option -> contribution
    private readonly bool[][][] _allowed;   // actor -> depth -> option -> inside a binding red line
    private readonly double[] _res;
    private readonly bool[] _unreachable;   // a ceiling below the walk-away value: no package meets it
    private readonly int[] _cardinality;    // by depth
    private readonly InteractionTable _terms;

    public PackageSearch(AgreementProblem problem)
    {
        _problem = problem;
        _n = problem.IssueCount;
        _m = problem.ActorCount;
        _res = new double[_m];
        _unreachable = new bool[_m];
        for (int a = 0; a < _m; a++)
        {
            // min(sum, ceiling) >= r exactly when sum >= r and ceiling >= r, so the search works on sums.
            var u = problem.Utilities[a];
            _res[a] = u.ReservationValue;
            _unreachable[a] = u.Ceiling is { } ceiling && ceiling < u.ReservationValue - Tol;
        }

        // Issue order: tight red lines first (they prune most), then the issues that move utilities most.
        var commonCount = new int[_n];
        var spread = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            int k = problem.Space.Cardinalities[i];
            for (int o = 0; o < k; o++)
            {
                bool all = true;
                for (int a = 0; a < _m && all; a++)
                {
                    all = problem.IsAllowed(a, i, o);
                }

                commonCount[i] += all ? 1 : 0;
            }

            for (int a = 0; a < _m; a++)
            {
                var row = problem.Utilities[a].Contributions[i];
                double max = double.NegativeInfinity, min = double.PositiveInfinity;
                foreach (double x in row)
                {
                    max = Math.Max(max, x);
                    min = Math.Min(min, x);
                }

                spread[i] += max - min;
            }
        }

        _order = new int[_n];
        for (int i = 0; i < _n; i++)
        {
            _order[i] = i;
        }

        Array.Sort(_order, (x, y) =>
        {
            int byCommon = commonCount[x].CompareTo(commonCount[y]);
            if (byCommon != 0)
            {
                return byCommon;
            }

            int bySpread = spread[y].CompareTo(spread[x]);
            return bySpread != 0 ? bySpread : x.CompareTo(y);
        });

        _cardinality = new int[_n];
        _c = new double[_m][][];
        _allowed = new bool[_m][][];
        for (int a = 0; a < _m; a++)
        {
            _c[a] = new double[_n][];
            _allowed[a] = new bool[_n][];
        }

        // Headroom: how far an actor's best package lies above its walk-away value; tight actors count more
        // when ordering options, so the first package tried is likely acceptable.
        var headroom = new double[_m];
        for (int a = 0; a < _m; a++)
        {
            headroom[a] = Math.Max(1e-6, problem.Utilities[a].Max() - _res[a]);
        }

        _optionOrder = new int[_n][];
        for (int d = 0; d < _n; d++)
        {
            int i = _order[d];
            int k = problem.Space.Cardinalities[i];
            _cardinality[d] = k;
            var score = new double[k];
            for (int a = 0; a < _m; a++)
            {
                _c[a][d] = new double[k];
                _allowed[a][d] = new bool[k];
                for (int o = 0; o < k; o++)
                {
                    _c[a][d][o] = problem.Utilities[a].Contribution(i, o);
                    _allowed[a][d][o] = problem.IsAllowed(a, i, o);
                    score[o] += _c[a][d][o] / headroom[a];
                }
            }

            var options = new int[k];
            for (int o = 0; o < k; o++)
            {
                options[o] = o;
            }

            Array.Sort(options, (x, y) =>
            {
                int byScore = score[y].CompareTo(score[x]);
                return byScore != 0 ? byScore : x.CompareTo(y);
            });
            _optionOrder[d] = options;
        }

        _terms = new InteractionTable([.. problem.Utilities], _order);
    }

    /// <summary>Number of issues.</summary>
    public int IssueCount => _n;

    /// <summary>
    /// Finds a package that every actor accepts, with the given demands relaxed (a relaxed red line admits
    /// every option; a relaxed walk-away value no longer binds). Exact: <see cref="SearchOutcome.None"/>
    /// is a proof that no such package exists.
    /// </summary>
    public SearchOutcome FindAcceptable(bool[]? relaxedRedLines, bool[]? relaxedWalkAways, SearchBudget budget, out int[]? package)
    {
        var frame = new Frame(this, relaxedRedLines, relaxedWalkAways);
        package = null;
        if (!frame.Possible)
        {
            return SearchOutcome.None;
        }

        var sums = new double[(_n + 1) * _m];
        var choice = new int[_n];
        var result = Feasible(frame, 0, sums, choice, budget);
        if (result == SearchOutcome.Found)
        {
            package = ToProblemOrder(choice);
        }

        return result;
    }

    /// <summary>
    /// Counts the packages every actor accepts, merging equal partial-utility vectors issue by issue.
    /// When more than <paramref name="maxStates"/> distinct vectors would be kept, stops and returns
    /// bounds instead of the count.
    /// </summary>
    public SpaceSize Count(int maxStates)
    {
        var frame = new Frame(this, null, null);
        if (!frame.Possible)
        {
            return SpaceSize.Exactly(BigInteger.Zero);
        }

        // Product of the commonly allowed option counts of the remaining issues, for "surely acceptable" states.
        var remainingProduct = new BigInteger[_n + 1];
        remainingProduct[_n] = BigInteger.One;
        for (int d = _n - 1; d >= 0; d--)
        {
            remainingProduct[d] = remainingProduct[d + 1] * frame.AllowedCount[d];
        }

        if (remainingProduct[0] > (BigInteger)UInt128.MaxValue)
        {
            return SpaceSize.Between(BigInteger.Zero, remainingProduct[0]);
        }

        if (_n == 0)
        {
            return SpaceSize.Exactly(BigInteger.One);
        }

        var active = frame.ActiveActors;
        int w = active.Length;
        var bonus = new double[_m];
        var layer = new Dictionary<PartialUtility, UInt128>();
        layer[new PartialUtility(new double[w], [])] = 1;
        UInt128 total = 0;
        for (int d = 0; d < _n; d++)
        {
            UInt128 totalBefore = total;
            var next = new Dictionary<PartialUtility, UInt128>();
            UInt128 sureFactor = (UInt128)remainingProduct[d + 1];
            int words = _terms.WordsBefore(d + 1);
            foreach (var (state, count) in layer)
            {
                for (int o = 0; o < _cardinality[d]; o++)
                {
                    if (!frame.Ok[d][o])
                    {
                        continue;
                    }

                    // Interaction terms: the ones decided here add to the sums; the open ones are remembered.
                    var context = words == 0 ? [] : new ulong[words];
                    if (_terms.Any)
                    {
                        Array.Clear(bonus);
                        _terms.Advance(d, o, state.Context, 0, context, 0, bonus);
                    }

                    var sums = new double[w];
                    bool dead = false, sure = true;
                    for (int j = 0; j < w; j++)
                    {
                        int a = active[j];
                        sums[j] = state.Sums[j] + _c[a][d][o] + bonus[a];
                        if (sums[j] + frame.MaxRemaining[a][d + 1] < _res[a] - Tol)
                        {
                            dead = true;
                            break;
                        }

                        sure &= sums[j] + frame.MinRemaining[a][d + 1] >= _res[a] - Tol;
                    }

                    if (dead)
                    {
                        continue;
                    }

                    if (sure)
                    {
                        total += count * sureFactor;
                        continue;
                    }

                    var key = new PartialUtility(sums, context);
                    next[key] = next.TryGetValue(key, out var existing) ? existing + count : count;
                    if (next.Count > maxStates)
                    {
                        UInt128 pending = 0;
                        foreach (var (_, c) in layer)
                        {
                            pending += c;
                        }

                        var upper = (BigInteger)totalBefore + ((BigInteger)pending * remainingProduct[d]);
                        return SpaceSize.Between((BigInteger)totalBefore, upper);
                    }
                }
            }

            layer = next;
        }

        // Every state that reaches the last issue unresolved is dead or sure, so the layer is empty here.
        return SpaceSize.Exactly((BigInteger)total);
    }

    private int[] ToProblemOrder(int[] byDepth)
    {
        var package = new int[_n];
        for (int d = 0; d < _n; d++)
        {
            package[_order[d]] = byDepth[d];
        }

        return package;
    }

    private SearchOutcome Feasible(Frame f, int d, double[] sums, int[] choice, SearchBudget budget)
    {
        if (!budget.Spend())
        {
            return SearchOutcome.BudgetExhausted;
        }

        if (d == _n)
        {
            return SearchOutcome.Found;
        }

        int here = d * _m, there = (d + 1) * _m;
        foreach (int o in _optionOrder[d])
        {
            if (!f.Ok[d][o])
            {
                continue;
            }

            if (!Extend(f, d, o, sums, here, there, choice))
            {
                continue;
            }

            var r = Feasible(f, d + 1, sums, choice, budget);
            if (r != SearchOutcome.None)
            {
                return r;
            }
        }

        return SearchOutcome.None;
    }

    // Adds option o of depth d to the partial sums (with the interaction terms it decides) and checks that
    // every binding walk-away value can still be reached (per actor, and for their sum, a tighter joint bound).
    private bool Extend(Frame f, int d, int o, double[] sums, int here, int there, int[] choice)
    {
        choice[d] = o;
        double total = 0;
        for (int a = 0; a < _m; a++)
        {
            double s = sums[here + a] + _c[a][d][o];
            if (_terms.Any)
            {
                s += _terms.Bonus(a, d, choice);
            }

            sums[there + a] = s;
            if (f.Active[a])
            {
                if (s + f.MaxRemaining[a][d + 1] < _res[a] - Tol)
                {
                    return false;
                }

                total += s;
            }
        }

        return total + f.JointRemaining[d + 1] >= f.JointReservation - (Tol * _m);
    }

    private static bool Has(ulong[] set, int at, int bit) => (set[at + (bit >> 6)] & (1UL << (bit & 63))) != 0;

    private static bool Contains(ulong[] set, int at, ulong[] subset)
    {
        for (int w = 0; w < subset.Length; w++)
        {
            if ((subset[w] & ~set[at + w]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The options and bounds of one search, given which demands are relaxed.</summary>
    private sealed class Frame
    {
        public Frame(PackageSearch s, bool[]? relaxedRedLines, bool[]? relaxedWalkAways)
        {
            int n = s._n, m = s._m;
            Ok = new bool[n][];
            AllowedCount = new int[n];
            Active = new bool[m];
            MaxRemaining = new double[m][];
            MinRemaining = new double[m][];
            JointRemaining = new double[n + 1];
            Possible = true;
            var active = new List<int>();
            for (int a = 0; a < m; a++)
            {
                Active[a] = relaxedWalkAways is null || !relaxedWalkAways[a];
                MaxRemaining[a] = new double[n + 1];
                MinRemaining[a] = new double[n + 1];
                Possible &= !(Active[a] && s._unreachable[a]);
            }

            for (int d = 0; d < n; d++)
            {
                int i = s._order[d];
                int k = s._cardinality[d];
                Ok[d] = new bool[k];
                for (int o = 0; o < k; o++)
                {
                    bool ok = true;
                    for (int a = 0; a < m && ok; a++)
                    {
                        bool relaxed = relaxedRedLines is not null && relaxedRedLines[(a * n) + i];
                        ok = relaxed || s._allowed[a][d][o];
                    }

                    Ok[d][o] = ok;
                    AllowedCount[d] += ok ? 1 : 0;
                }

                Possible &= AllowedCount[d] > 0;
            }

            if (!Possible)
            {
                ActiveActors = [];
                return;
            }

            for (int d = n - 1; d >= 0; d--)
            {
                for (int a = 0; a < m; a++)
                {
                    double max = double.NegativeInfinity, min = double.PositiveInfinity;
                    for (int o = 0; o < s._cardinality[d]; o++)
                    {
                        if (Ok[d][o])
                        {
                            max = Math.Max(max, s._c[a][d][o]);
                            min = Math.Min(min, s._c[a][d][o]);
                        }
                    }

                    MaxRemaining[a][d] = MaxRemaining[a][d + 1] + max;
                    MinRemaining[a][d] = MinRemaining[a][d + 1] + min;
                }
            }

            // Interaction terms not yet decided: the most (and least) they can still add.
            for (int a = 0; a < m && s._terms.Any; a++)
            {
                for (int d = 0; d <= n; d++)
                {
                    MaxRemaining[a][d] += s._terms.PendingMax[a][d];
                    MinRemaining[a][d] += s._terms.PendingMin[a][d];
                }
            }

            // An actor whose walk-away value every allowed package meets cannot prune: leave it out of the
            // bounds and of the counting key, which keeps the count's state space small.
            for (int a = 0; a < m; a++)
            {
                if (Active[a] && MinRemaining[a][0] < s._res[a] - Tol)
                {
                    active.Add(a);
                    JointReservation += s._res[a];
                }
                else if (Active[a])
                {
                    Active[a] = false;
                }
            }

            // The joint bound: the best the remaining issues can add to the sum of the binding actors.
            for (int d = n - 1; d >= 0; d--)
            {
                double jointBest = double.NegativeInfinity;
                for (int o = 0; o < s._cardinality[d]; o++)
                {
                    if (!Ok[d][o])
                    {
                        continue;
                    }

                    double sum = 0;
                    foreach (int a in active)
                    {
                        sum += s._c[a][d][o];
                    }

                    jointBest = Math.Max(jointBest, sum);
                }

                JointRemaining[d] = JointRemaining[d + 1] + jointBest;
            }

            for (int d = 0; d <= n && s._terms.Any; d++)
            {
                foreach (int a in active)
                {
                    JointRemaining[d] += s._terms.PendingMax[a][d];
                }
            }

            ActiveActors = [.. active];

            // The root itself: some binding walk-away value may be out of reach of every package (this also
            // decides the problem without issues, whose only package is the empty one).
            foreach (int a in active)
            {
                Possible &= MaxRemaining[a][0] >= s._res[a] - Tol;
            }
        }

        public bool Possible { get; }

        public bool[][] Ok { get; }

        public int[] AllowedCount { get; }

        public bool[] Active { get; }

        public int[] ActiveActors { get; }

        public double[][] MaxRemaining { get; }

        public double[][] MinRemaining { get; }

        public double[] JointRemaining { get; }

        public double JointReservation { get; }
    }

    /// <summary>
    /// A vector of partial utilities, with the alive bits of the open interaction terms, used as a dictionary
    /// key (exact equality): two partial packages with equal keys have the same completions.
    /// </summary>
    private readonly struct PartialUtility(double[] sums, ulong[] context) : IEquatable<PartialUtility>
    {
        public double[] Sums { get; } = sums;

        public ulong[] Context { get; } = context;

        public bool Equals(PartialUtility other) => Sums.AsSpan().SequenceEqual(other.Sums) && Context.AsSpan().SequenceEqual(other.Context);

        public override bool Equals(object? obj) => obj is PartialUtility p && Equals(p);

        public override int GetHashCode()
        {
            var h = default(HashCode);
            foreach (double x in Sums)
            {
                h.Add(x);
            }

            foreach (ulong x in Context)
            {
                h.Add(x);
            }

            return h.ToHashCode();
        }
    }
}
