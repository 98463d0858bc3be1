using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Forecast;

/// <summary>
/// Bueno de Mesquita's expected utility model (1985, 1994) as reconstructed by Scholz, Calbert &amp;
/// Smith (2011): each round, actors' risk exponents are inferred from how exposed their positions
/// are, every actor weighs the offers of every other (confront, compromise, capitulate) by its own
/// estimates of both sides' expected utility of a challenge, and all accepted offers are carried out
/// at once. One dimension at a time.
/// </summary>
/// <remarks>
/// Cost per round: O(n²) powers and O(n³) additions (the probability of success of every pair sums
/// over every voter); memory O(n²) for the round's matrices, reused across rounds, plus the path when
/// asked for.
/// </remarks>
public static class ExpectedUtilityModel
{
    /// <summary>Runs the model on <paramref name="dimension"/> of <paramref name="problem"/>.</summary>
    /// <param name="problem">Actors, capabilities (0–1 or any scale), positions and saliences (0–1).</param>
    /// <param name="dimension">Which dimension.</param>
    /// <param name="options">Settings; <see cref="ExpectedUtilityOptions.ScholzCompatible"/> when null.</param>
    /// <param name="recordPath">Whether to keep every round's positions and moves.</param>
    /// <param name="roundsDone">Told the number of rounds finished after each round, or null.</param>
    /// <param name="cancellationToken">Stops between rounds.</param>
    public static ExpectedUtilityResult Run(ForecastProblem problem, int dimension, ExpectedUtilityOptions? options = null, bool recordPath = false, IProgress<int>? roundsDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= ExpectedUtilityOptions.ScholzCompatible;
        Validate(options);
        int n = problem.ActorCount;
        var x = new double[n];
        var c = new double[n];
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = problem.Position(i, dimension);
            c[i] = problem.Capability(i);
            s[i] = problem.Salience(i, dimension);
        }

        var workspace = new Workspace(n);
        return Run(x, c, s, options, workspace, recordPath, roundsDone, cancellationToken);
    }

    /// <summary>The forecast alone, for Monte Carlo: no path, buffers reused through <paramref name="workspace"/>.</summary>
    internal static double Forecast(Span<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s, ExpectedUtilityOptions options, Workspace workspace) =>
        Run(x, c, s, options, workspace, recordPath: false, null, CancellationToken.None).Forecast;

    internal static void Validate(ExpectedUtilityOptions options)
    {
        if (options.MaxRounds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"MaxRounds must be non-negative; got {options.MaxRounds}.");
        }

        if (!(options.StatusQuoProbability >= 0 && options.StatusQuoProbability <= 1) || !(options.FavourableDriftProbability >= 0 && options.FavourableDriftProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Q and T are probabilities and must lie in [0, 1].");
        }
    }

    private static ExpectedUtilityResult Run(Span<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s, ExpectedUtilityOptions options, Workspace ws, bool recordPath, IProgress<int>? roundsDone, CancellationToken cancellationToken)
    {
        int n = x.Length;
        var w = ws.Weight;
        for (int i = 0; i < n; i++)
        {
            w[i] = c[i] * s[i];
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            min = Math.Min(min, x[i]);
            max = Math.Max(max, x[i]);
        }

        // The range is fixed from the initial positions, as in Scholz et al.'s code.
        double range = max - min;
        double initialMedian = Median(x, w, range);
        double initialMean = WeightedMean.Of(x, w.AsSpan(0, n));
        var path = recordPath ? ImmutableArray.CreateBuilder<ExpectedUtilityRound>() : null;
        bool converged = range == 0;
        int rounds = 0;
        var r = ws.Risk;
        var moves = recordPath ? new List<ExpectedUtilityMove>() : null;
        while (!converged && rounds < options.MaxRounds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rounds++;
            double median = options.StatusQuoProbability < 1 ? Median(x, w, range) : 0;
            ws.Logarithms(x, range);
            InferRiskExponents(x, s, w, range, median, options, ws);
            Probabilities(x, w, r, range, options.Denominator, ws);
            ws.CachedFor.AsSpan().Fill(-1);
            moves?.Clear();
            bool moved = false;
            var next = ws.Next;
            for (int a = 0; a < n; a++)
            {
                next[a] = BestOffer(a, x, s, r, range, median, options, ws, moves is not null, out var move);
                if (next[a] != x[a])
                {
                    moved = true;
                    moves?.Add(move!);
                }
            }

            next.AsSpan(0, n).CopyTo(x);
            if (path is not null)
            {
                path.Add(new ExpectedUtilityRound(rounds, [.. x], [.. r.AsSpan(0, n)], [.. moves!], Median(x, w, range), WeightedMean.Of(x, w.AsSpan(0, n))));
            }

            converged = !moved;
            roundsDone?.Report(rounds);
        }

        double finalMedian = Median(x, w, range);
        double finalMean = WeightedMean.Of(x, w.AsSpan(0, n));
        return new ExpectedUtilityResult(
            options.Readout == ExpectedUtilityReadout.Median ? finalMedian : finalMean,
            initialMedian,
            initialMean,
            finalMedian,
            finalMean,
            [.. x],
            rounds,
            converged,
            path?.ToImmutable() ?? []);
    }

    /// <summary>
    /// The median voter position: a tournament over the distinct positions in ascending order, where a
    /// challenger replaces the incumbent when the capability × salience-weighted linear votes favour it.
    /// With single-peaked linear losses this is the weighted median.
    /// </summary>
    internal static double Median(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double range)
    {
        int n = x.Length;
        var sorted = x.ToArray();
        Array.Sort(sorted);
        double incumbent = sorted[0];
        double scale = range > 0 ? range : 1;
        for (int p = 1; p < n; p++)
        {
            double candidate = sorted[p];
            if (candidate == sorted[p - 1])
            {
                continue;
            }

            double votes = 0;
            for (int k = 0; k < n; k++)
            {
                votes += w[k] * ((Math.Abs(x[k] - incumbent) / scale) - (Math.Abs(x[k] - candidate) / scale));
            }

            if (votes > 0)
            {
                incumbent = candidate;
            }
        }

        return incumbent;
    }

    /// <summary>
    /// Risk exponents from security (Scholz et al.): with every exponent 1, the danger Dₐ of each actor
    /// is the sum of everyone else's expected utility of challenging it (from a's perspective); then
    /// Rₐ = (2Dₐ − Dmax − Dmin)/(Dmax − Dmin) and rₐ = (1 − Rₐ/3)/(1 + Rₐ/3) ∈ [0.5, 2].
    /// When every actor is equally exposed (Dmax = Dmin, e.g. two positions only) R = 0 and r = 1 —
    /// Scholz et al.'s code divides by zero there.
    /// </summary>
    private static void InferRiskExponents(ReadOnlySpan<double> x, ReadOnlySpan<double> s, ReadOnlySpan<double> w, double range, double median, ExpectedUtilityOptions options, Workspace ws)
    {
        int n = x.Length;
        var r = ws.Risk;
        r.AsSpan(0, n).Fill(1.0);
        Probabilities(x, w, r, range, options.Denominator, ws);
        var danger = ws.Danger;
        double dMin = double.PositiveInfinity, dMax = double.NegativeInfinity;
        for (int a = 0; a < n; a++)
        {
            double sum = 0;
            for (int o = 0; o < n; o++)
            {
                if (o != a)
                {
                    sum += ExpectedUtilityOfChallenge(o, a, a, x, s, r, range, median, options, ws);
                }
            }

            danger[a] = sum;
            dMin = Math.Min(dMin, sum);
            dMax = Math.Max(dMax, sum);
        }

        for (int a = 0; a < n; a++)
        {
            double bigR = dMax > dMin ? ((2 * danger[a]) - dMax - dMin) / (dMax - dMin) : 0;
            r[a] = (1 - (bigR / 3)) / (1 + (bigR / 3));
        }
    }

    /// <summary>
    /// Fills ws.Probability[i * n + j] = P(i beats j) with every voter's own exponent:
    /// vₖ(i, j) = cₖsₖ[(|xₖ − xⱼ|/Δ)^rₖ − (|xₖ − xᵢ|/Δ)^rₖ], P = Σₖ max(0, vₖ) / denominator.
    /// P depends on the two positions only, so it is computed once per pair of distinct positions
    /// (actors converge onto each other's positions, so there are often far fewer than n).
    /// </summary>
    private static void Probabilities(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> r, double range, ProbabilityDenominator denominator, Workspace ws)
    {
        int n = x.Length;
        var order = ws.Order;
        var keys = ws.Keys;
        var rank = ws.Rank;
        var unique = ws.Unique;
        var representative = ws.Representative;
        for (int a = 0; a < n; a++)
        {
            order[a] = a;
            keys[a] = x[a];
        }

        Array.Sort(keys, order, 0, n);
        int m = 0;
        for (int q = 0; q < n; q++)
        {
            rank[order[q]] = q;
            if (q == 0 || keys[q] != keys[q - 1])
            {
                representative[m++] = order[q];
            }

            unique[order[q]] = m - 1;
        }

        var dt = ws.DistanceByTarget; // dt[u * n + k] = (|x_k − x_u| / Δ)^r_k for distinct position u
        var logs = ws.LogDistance;
        for (int u = 0; u < m; u++)
        {
            int a = representative[u];
            for (int k = 0; k < n; k++)
            {
                double rk = r[k];
                double d = Math.Abs(x[k] - x[a]) / range;

                // d^r as exp(r·ln d), with ln d computed once per round (the positions do not move within it).
                dt[(u * n) + k] = rk == 1.0 ? d : d == 0 ? 0 : Math.Exp(rk * logs[(a * n) + k]);
            }
        }

        double global = 0;
        if (denominator == ProbabilityDenominator.AllPairs)
        {
            // Σₖ wₖ Σₐ Σ_b |dₖₐ − dₖ_b| over ordered pairs of actors = Σₖ wₖ · 2 Σᵢ v₍ᵢ₎(2i − n + 1) over
            // voter k's values in ascending order. Those follow |xₖ − xₐ|, so the one sort of the positions
            // gives every voter's order by merging its left and right neighbours outward: O(n²), no sort per voter.
            for (int k = 0; k < n; k++)
            {
                int lo = rank[k] - 1, hi = rank[k] + 1;
                double sum = dt[(unique[k] * n) + k] * (1 - n);
                for (int i = 1; i < n; i++)
                {
                    double below = lo >= 0 ? x[k] - keys[lo] : double.PositiveInfinity;
                    double above = hi < n ? keys[hi] - x[k] : double.PositiveInfinity;
                    int a = below <= above ? order[lo--] : order[hi++];
                    sum += dt[(unique[a] * n) + k] * ((2 * i) - n + 1);
                }

                global += w[k] * 2 * sum;
            }
        }

        var pu = ws.UniqueProbability;
        var weights = w[..n];
        for (int u = 0; u < m; u++)
        {
            var du = dt.AsSpan(u * n, n);
            for (int v = 0; v < m; v++)
            {
                if (u == v)
                {
                    pu[(u * m) + v] = 0;
                    continue;
                }

                var (support, total) = Votes(weights, dt.AsSpan(v * n, n), du);
                double den = denominator == ProbabilityDenominator.AllPairs ? global : total;
                pu[(u * m) + v] = den > 0 ? support / den : 0;
            }
        }

        var p = ws.Probability;
        for (int i = 0; i < n; i++)
        {
            int row = unique[i] * m;
            for (int j = 0; j < n; j++)
            {
                p[(i * n) + j] = pu[row + unique[j]];
            }
        }
    }

    /// <summary>
    /// Σₖ max(0, vₖ) and Σₖ |vₖ| with vₖ = wₖ(dⱼₖ − dᵢₖ): the O(n) heart of the O(n³) round, in SIMD lanes.
    /// </summary>
    private static (double Support, double Total) Votes(ReadOnlySpan<double> w, ReadOnlySpan<double> dj, ReadOnlySpan<double> di)
    {
        int n = w.Length;
        int k = 0;
        double support = 0, total = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vs = Vector<double>.Zero;
            var vt = Vector<double>.Zero;
            for (; k <= n - Vector<double>.Count; k += Vector<double>.Count)
            {
                var v = new Vector<double>(w[k..]) * (new Vector<double>(dj[k..]) - new Vector<double>(di[k..]));
                vs += Vector.Max(v, Vector<double>.Zero);
                vt += Vector.Abs(v);
            }

            support = Vector.Sum(vs);
            total = Vector.Sum(vt);
        }

        for (; k < n; k++)
        {
            double v = w[k] * (dj[k] - di[k]);
            if (v > 0)
            {
                support += v;
            }

            total += Math.Abs(v);
        }

        return (support, total);
    }

    /// <summary>Expected utility to i of challenging j, estimated by <paramref name="perspective"/> (its exponent).</summary>
    private static double ExpectedUtilityOfChallenge(int i, int j, int perspective, ReadOnlySpan<double> x, ReadOnlySpan<double> s, ReadOnlySpan<double> r, double range, double median, ExpectedUtilityOptions options, Workspace ws)
    {
        double rp = r[perspective];
        double d = Math.Abs(x[i] - x[j]) / range;
        double success = Utility(0.5 - (0.5 * d), rp);
        double failure = Utility(0.5 + (0.5 * d), rp);
        return ExpectedUtilityOfChallenge(i, j, success, failure, x, s, rp, range, median, options, ws);
    }

    /// <summary>The same, with the utilities of success and failure (which depend only on |xᵢ − xⱼ| and the exponent) given.</summary>
    private static double ExpectedUtilityOfChallenge(int i, int j, double success, double failure, ReadOnlySpan<double> x, ReadOnlySpan<double> s, double rp, double range, double median, ExpectedUtilityOptions options, Workspace ws)
    {
        int n = x.Length;
        double p = ws.Probability[(i * n) + j];
        double eu = (s[j] * ((p * success) + ((1 - p) * failure))) + ((1 - s[j]) * success);
        return eu - StatusQuoTerm(i, j, rp, x, range, median, options, ws);
    }

    private static double StatusQuoTerm(int i, int j, double rp, ReadOnlySpan<double> x, double range, double median, ExpectedUtilityOptions options, Workspace ws)
    {
        double q = options.StatusQuoProbability;

        // U(status quo) = 2 − 4·0.5^r depends only on the perspective's exponent: remember the last one.
        if (rp != ws.StatusQuoExponent)
        {
            ws.StatusQuoExponent = rp;
            ws.StatusQuoUtility = Utility(0.5, rp);
        }

        double term = q * ws.StatusQuoUtility;
        if (q < 1)
        {
            double drift = 0.25 * (Math.Abs(x[i] - median) + Math.Abs(x[i] - x[j])) / range;
            double better = Utility(0.5 - drift, rp);
            double worse = Utility(0.5 + drift, rp);
            double t = options.FavourableDriftProbability;
            term += (1 - q) * ((t * better) + ((1 - t) * worse));
        }

        return term;
    }

    private static double Utility(double value, double exponent) =>
        2 - (4 * (exponent == 1.0 ? value : Math.Pow(value, exponent)));

    /// <summary>The position actor a takes after weighing every other actor's offer.</summary>
    private static double BestOffer(int a, ReadOnlySpan<double> x, ReadOnlySpan<double> s, ReadOnlySpan<double> r, double range, double median, ExpectedUtilityOptions options, Workspace ws, bool explain, out ExpectedUtilityMove? move)
    {
        int n = x.Length;
        double xa = x[a];
        int bestConfront = -1, bestCompromise = -1, bestCapitulate = -1, bestAny = -1;
        double confrontKey = 0, compromiseKey = 0, capitulateKey = 0, anyKey = 0;
        double confrontPos = 0, compromisePos = 0, capitulatePos = 0, anyPos = 0;
        OfferKind anyKind = OfferKind.Confrontation;
        var euOwn = ws.Scratch;
        var euOther = ws.Danger;
        for (int o = 0; o < n; o++)
        {
            if (x[o] == xa)
            {
                continue;
            }

            // Utilities of success and failure depend on a's exponent and o's position only: once per distinct position.
            double rp = r[a];
            int u = ws.Unique[o];
            if (ws.CachedFor[u] != a)
            {
                ws.CachedFor[u] = a;
                ws.SuccessCache[u] = 2 - (4 * Math.Exp(rp * ws.LogSuccess[(a * n) + o]));
                ws.FailureCache[u] = 2 - (4 * Math.Exp(rp * ws.LogFailure[(a * n) + o]));
            }

            double success = ws.SuccessCache[u];
            double failure = ws.FailureCache[u];
            double eij = ExpectedUtilityOfChallenge(a, o, success, failure, x, s, rp, range, median, options, ws);
            double eji = ExpectedUtilityOfChallenge(o, a, success, failure, x, s, rp, range, median, options, ws);
            euOwn[o] = eij;
            euOther[o] = eji;
            OfferKind kind;
            double position;
            if (eji > eij && eij > 0)
            {
                kind = OfferKind.Confrontation;
                position = x[o];
            }
            else if (eji > 0 && 0 > eij && eji > Math.Abs(eij))
            {
                kind = OfferKind.Compromise;
                position = xa + ((x[o] - xa) * Math.Abs(eij / eji));
            }
            else if (eji > 0 && 0 > eij && (options.CapitulationReachable ? eji < Math.Abs(eij) : eji < Math.Abs(eji)))
            {
                kind = OfferKind.Capitulation;
                position = x[o];
            }
            else
            {
                continue;
            }

            double movement = Math.Abs(xa - position);
            if (bestAny < 0 || movement < anyKey)
            {
                bestAny = o;
                anyKey = movement;
                anyPos = position;
                anyKind = kind;
            }

            switch (kind)
            {
                case OfferKind.Confrontation when bestConfront < 0 || movement < confrontKey:
                    bestConfront = o;
                    confrontKey = movement;
                    confrontPos = position;
                    break;
                case OfferKind.Compromise:
                    double key = ((Math.Abs(eij) * xa) + (Math.Abs(eji) * x[o])) / (Math.Abs(eij) + Math.Abs(eji));
                    if (bestCompromise < 0 || key < compromiseKey)
                    {
                        bestCompromise = o;
                        compromiseKey = key;
                        compromisePos = position;
                    }

                    break;
                case OfferKind.Capitulation when bestCapitulate < 0 || movement < capitulateKey:
                    bestCapitulate = o;
                    capitulateKey = movement;
                    capitulatePos = position;
                    break;
            }
        }

        int chosen;
        double to;
        OfferKind chosenKind;
        if (options.Selection == OfferSelection.LeastMovement)
        {
            (chosen, to, chosenKind) = (bestAny, anyPos, anyKind);
        }
        else if (bestConfront >= 0)
        {
            (chosen, to, chosenKind) = (bestConfront, confrontPos, OfferKind.Confrontation);
        }
        else if (bestCompromise >= 0)
        {
            (chosen, to, chosenKind) = (bestCompromise, compromisePos, OfferKind.Compromise);
        }
        else
        {
            (chosen, to, chosenKind) = (bestCapitulate, capitulatePos, OfferKind.Capitulation);
        }

        if (chosen < 0)
        {
            move = null;
            return xa;
        }

        // The explanation is a record per actor and round: only built when the path is kept.
        move = explain ? new ExpectedUtilityMove(a, chosen, chosenKind, euOwn[chosen], euOther[chosen], xa, to) : null;
        return to;
    }

    /// <summary>Buffers of one run, reused across rounds and (in Monte Carlo) across runs of one block.</summary>
    internal sealed class Workspace
    {
        /// <summary>
        /// Per pair, ln(d), ln(½ − ½d) and ln(½ + ½d) with d = |xₐ − xₒ|/Δ: the round's powers then cost
        /// one exponential each. Symmetric, so each is computed once per unordered pair.
        /// </summary>
        public void Logarithms(ReadOnlySpan<double> x, double range)
        {
            int n = x.Length;
            for (int a = 0; a < n; a++)
            {
                for (int o = a; o < n; o++)
                {
                    double d = Math.Abs(x[a] - x[o]) / range;
                    double ld = Math.Log(d), ls = Math.Log(0.5 - (0.5 * d)), lf = Math.Log(0.5 + (0.5 * d));
                    LogDistance[(a * n) + o] = ld;
                    LogDistance[(o * n) + a] = ld;
                    LogSuccess[(a * n) + o] = ls;
                    LogSuccess[(o * n) + a] = ls;
                    LogFailure[(a * n) + o] = lf;
                    LogFailure[(o * n) + a] = lf;
                }
            }
        }

        public double[] LogDistance { get; private set; } = [];

        public double[] LogSuccess { get; private set; } = [];

        public double[] LogFailure { get; private set; } = [];

        public Workspace(int n)
        {
            Weight = new double[n];
            Risk = new double[n];
            Danger = new double[n];
            Next = new double[n];
            Scratch = new double[n];
            DistanceByTarget = new double[n * n];
            Probability = new double[n * n];
            LogDistance = new double[n * n];
            LogSuccess = new double[n * n];
            LogFailure = new double[n * n];
            Unique = new int[n];
            CachedFor = new int[n];
            SuccessCache = new double[n];
            FailureCache = new double[n];
            Representative = new int[n];
            UniqueProbability = new double[n * n];
            Order = new int[n];
            Rank = new int[n];
            Keys = new double[n];
        }

        public double[] Weight { get; }

        public double[] Risk { get; }

        public double[] Danger { get; }

        public double[] Next { get; }

        public double[] Scratch { get; }

        public double[] DistanceByTarget { get; }

        public double[] Probability { get; }

        public int[] Unique { get; }

        /// <summary>Which receiver the success and failure caches (by distinct position) were filled for.</summary>
        public int[] CachedFor { get; }

        public double[] SuccessCache { get; }

        public double[] FailureCache { get; }

        public int[] Representative { get; }

        public double[] UniqueProbability { get; }

        public int[] Order { get; }

        public int[] Rank { get; }

        public double[] Keys { get; }

        public double StatusQuoExponent { get; set; } = double.NaN;

        public double StatusQuoUtility { get; set; }
    }
}
