using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Forecast;

/// <summary>
/// The combined model of <c>forecast-eval</c>: a convex combination of several models' forecasts (weights on
/// a grid of tenths), then snapped to the nearest actor position when one lies within a distance d. Weights
/// and d are fitted by k-fold cross-validation (least absolute error on the other folds) and each case is
/// scored only with the parameters fitted without it.
/// </summary>
/// <remarks>Cost per fold: (grid combinations) × (training cases) × (models) additions, then |D| × cases.</remarks>
public static class StackedForecast
{
    /// <summary>Snapping distances tried (axis points); 0 is no snapping.</summary>
    public static ImmutableArray<double> SnapGrid { get; } = [0, 5, 10, 15, 20, 25, 30];

    /// <summary>Grid step of the combination weights.</summary>
    public const double WeightStep = 0.1;

    /// <summary>The out-of-sample combined forecast of every case, and a note saying what was chosen per fold.</summary>
    /// <param name="features">Per model (feature), its forecast of every case (same length as <paramref name="outcomes"/>); NaN entries are replaced by the first feature's value.</param>
    /// <param name="outcomes">The recorded outcomes.</param>
    /// <param name="positions">Per case, the actors' positions (the snapping candidates).</param>
    /// <param name="names">The features' names, for the note.</param>
    /// <param name="folds">Folds (case i goes to fold i mod k).</param>
    public static (double[] Forecasts, string Note) CrossValidated(
        IReadOnlyList<double[]> features,
        IReadOnlyList<double> outcomes,
        IReadOnlyList<ImmutableArray<double>> positions,
        IReadOnlyList<string> names,
        int folds)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
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

        var combos = Combinations(m, (int)Math.Round(1 / WeightStep));
        var forecasts = new double[n];
        var chosen = new List<string>();
        for (int fold = 0; fold < folds; fold++)
        {
            double[]? best = null;
            double bestError = double.PositiveInfinity;
            foreach (var w in combos)
            {
                double error = 0;
                for (int i = 0; i < n; i++)
                {
                    if (i % folds != fold)
                    {
                        error += Math.Abs(Combine(x, i, m, w) - outcomes[i]);
                    }
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
                for (int i = 0; i < n; i++)
                {
                    if (i % folds != fold)
                    {
                        error += Math.Abs(Snap(Combine(x, i, m, best!), positions[i], d) - outcomes[i]);
                    }
                }

                if (error < snapError - 1e-9)
                {
                    (bestSnap, snapError) = (d, error);
                }
            }

            for (int i = fold; i < n; i += folds)
            {
                forecasts[i] = Snap(Combine(x, i, m, best!), positions[i], bestSnap);
            }

            chosen.Add(string.Create(CultureInfo.InvariantCulture, $"{string.Join(" + ", best!.Select((w, f) => (w, f)).Where(t => t.w > 0).Select(t => $"{t.w:0.#}·{names[t.f]}"))}, d = {bestSnap:0}"));
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

    private static double Combine(double[] x, int i, int m, double[] w)
    {
        double v = 0;
        for (int f = 0; f < m; f++)
        {
            v += w[f] * x[(i * m) + f];
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
