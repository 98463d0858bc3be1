using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Forecast;

/// <summary>
/// The combined model of <c>forecast-eval</c>: a convex combination of some models' forecasts (weights on a
/// grid of tenths), then snapped to the nearest actor position when one lies within a distance d (from
/// <see cref="SnapGrid"/>). Which models take part is chosen among candidate sets by an inner
/// cross-validation on the training folds only (nested cross-validation); the weights and d are then
/// fitted on the training folds by least absolute error, and each case is scored only with what was
/// chosen and fitted without it.
/// </summary>
/// <remarks>Cost per outer fold: candidate sets × (inner folds + 1) × (weight combinations × training cases + |D| × training cases).</remarks>
public static class StackedForecast
{
    /// <summary>Snapping distances tried (axis points); 0 is no snapping.</summary>
    public static ImmutableArray<double> SnapGrid { get; } = [0, 5, 10, 15, 20, 25, 30];

    /// <summary>Grid step of the combination weights.</summary>
    public const double WeightStep = 0.1;

    /// <summary>The out-of-sample combined forecast of every case, and a note saying what was chosen.</summary>
    /// <param name="features">Per model (feature), its forecast of every case (same length as <paramref name="outcomes"/>); non-finite entries are replaced by the first feature's value.</param>
    /// <param name="outcomes">The recorded outcomes.</param>
    /// <param name="positions">Per case, the actors' positions (the snapping candidates).</param>
    /// <param name="names">The features' names, for the note.</param>
    /// <param name="candidates">Candidate sets of feature indices; the inner cross-validation picks one per outer fold.</param>
    /// <param name="folds">Outer folds (case i goes to fold i mod k); the inner cross-validation uses k − 1 folds of the training cases.</param>
    public static (double[] Forecasts, string Note) CrossValidated(
        IReadOnlyList<double[]> features,
        IReadOnlyList<double> outcomes,
        IReadOnlyList<ImmutableArray<double>> positions,
        IReadOnlyList<string> names,
        IReadOnlyList<int[]> candidates,
        int folds)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 3);
        int m = features.Count;
        int n = outcomes.Count;
        var x = new double[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < m; f++)
            {
                double v = features[f][i];
                x[(i * m) + f] = double.IsFinite(v) ? v : features[0][i];
            }
        }

        var y = outcomes.ToArray();
        var forecasts = new double[n];
        var chosen = new List<string>();
        for (int fold = 0; fold < folds; fold++)
        {
            var train = Enumerable.Range(0, n).Where(i => i % folds != fold).ToArray();
            int bestSet = 0;
            double bestInner = double.PositiveInfinity;
            for (int c = 0; c < candidates.Count; c++)
            {
                double inner = 0;
                for (int g = 0; g < folds - 1; g++)
                {
                    var innerTrain = train.Where((_, j) => j % (folds - 1) != g).ToArray();
                    var (w, d) = Fit(x, m, y, positions, candidates[c], innerTrain);
                    for (int j = g; j < train.Length; j += folds - 1)
                    {
                        int i = train[j];
                        inner += Math.Abs(Predict(x, m, i, candidates[c], w, positions[i], d) - y[i]);
                    }
                }

                if (inner < bestInner - 1e-9)
                {
                    (bestSet, bestInner) = (c, inner);
                }
            }

            var (weights, snap) = Fit(x, m, y, positions, candidates[bestSet], train);
            for (int i = fold; i < n; i += folds)
            {
                forecasts[i] = Predict(x, m, i, candidates[bestSet], weights, positions[i], snap);
            }

            chosen.Add(string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(" + ", weights.Select((w, k) => (w, k)).Where(t => t.w > 0).Select(t => $"{t.w:0.#}·{names[candidates[bestSet][t.k]]}"))}, d = {snap:0}"));
        }

        var top = chosen.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        return (forecasts, $"{top.Key} in {top.Count()} of {folds} folds, {chosen.Distinct().Count()} distinct choices");
    }

    /// <summary><paramref name="value"/> moved to the nearest of <paramref name="positions"/> when it lies within <paramref name="distance"/>.</summary>
    public static double Snap(double value, ImmutableArray<double> positions, double distance)
    {
        if (distance <= 0 || positions.IsDefaultOrEmpty)
        {
            return value;
        }

        double nearest = positions[0];
        foreach (double p in positions)
        {
            if (Math.Abs(p - value) < Math.Abs(nearest - value))
            {
                nearest = p;
            }
        }

        return Math.Abs(nearest - value) <= distance ? nearest : value;
    }

    // Least absolute error on the training cases: first the weights (grid of tenths), then the snapping distance.
    private static (double[] Weights, double Snap) Fit(double[] x, int m, double[] y, IReadOnlyList<ImmutableArray<double>> positions, int[] set, int[] train)
    {
        double[]? best = null;
        double bestError = double.PositiveInfinity;
        foreach (var w in Combinations(set.Length, (int)Math.Round(1 / WeightStep)))
        {
            double error = 0;
            foreach (int i in train)
            {
                error += Math.Abs(Combine(x, m, i, set, w) - y[i]);
            }

            if (error < bestError - 1e-9)
            {
                (best, bestError) = (w, error);
            }
        }

        double bestSnap = 0;
        double snapError = double.PositiveInfinity;
        foreach (double d in SnapGrid)
        {
            double error = 0;
            foreach (int i in train)
            {
                error += Math.Abs(Snap(Combine(x, m, i, set, best!), positions[i], d) - y[i]);
            }

            if (error < snapError - 1e-9)
            {
                (bestSnap, snapError) = (d, error);
            }
        }

        return (best!, bestSnap);
    }

    private static double Predict(double[] x, int m, int i, int[] set, double[] w, ImmutableArray<double> positions, double snap) =>
        Snap(Combine(x, m, i, set, w), positions, snap);

    private static double Combine(double[] x, int m, int i, int[] set, double[] w)
    {
        double v = 0;
        for (int f = 0; f < set.Length; f++)
        {
            v += w[f] * x[(i * m) + set[f]];
        }

        return v;
    }

    // Every weight vector of m non-negative multiples of 1/steps summing to 1.
    private static List<double[]> Combinations(int m, int steps)
    {
        var result = new List<double[]>();
        var current = new int[m];
        void Fill(int at, int left)
        {
            if (at == m - 1)
            {
                current[at] = left;
                result.Add([.. current.Select(c => (double)c / steps)]);
                return;
            }

            for (int c = 0; c <= left; c++)
            {
                current[at] = c;
                Fill(at + 1, left - c);
            }
        }

        Fill(0, steps);
        return result;
    }
}
