namespace Parley.Core.Forecast;

/// <summary>
/// The weighted median (Black 1948): with single-peaked preferences and votes weighted by capability ×
/// salience, the position that beats every other in pairwise votes — equivalently, a minimiser of
/// Σ wᵢ |xᵢ − m|.
/// </summary>
public static class WeightedMedian
{
    /// <summary>The weighted median on <paramref name="dimension"/>, weights capability × salience.</summary>
    public static double Of(ForecastProblem problem, int dimension)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.ActorCount;
        var positions = new double[n];
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            positions[i] = problem.Position(i, dimension);
            weights[i] = problem.Capability(i) * problem.Salience(i, dimension);
        }

        return Of(positions, weights);
    }

    /// <summary>The weighted median of <paramref name="positions"/>.</summary>
    /// <remarks>
    /// Sorts once (O(n log n)) and walks the cumulative weight to half the total. When the cumulative
    /// weight reaches exactly half at one position, every point up to the next position minimises the
    /// weighted distance; the midpoint of the two is returned so that the answer does not depend on
    /// which side of the tie is listed first. All weights zero: the plain median.
    /// </remarks>
    public static double Of(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        int n = positions.Length;
        if (n == 0 || weights.Length != n)
        {
            throw new ArgumentException($"Need as many weights as positions (at least one); got {n} and {weights.Length}.", nameof(weights));
        }

        var order = new int[n];
        var keys = positions.ToArray();
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += weights[i];
        }

        bool unweighted = !(total > 0);
        if (unweighted)
        {
            total = n;
        }

        double half = total / 2;
        double cumulative = 0;
        for (int r = 0; r < n; r++)
        {
            cumulative += unweighted ? 1 : weights[order[r]];
            if (cumulative > half)
            {
                return keys[r];
            }

            if (cumulative == half)
            {
                // The tie spans [keys[r], next position with weight]; take the midpoint.
                for (int s = r + 1; s < n; s++)
                {
                    if (unweighted || weights[order[s]] > 0)
                    {
                        return (keys[r] + keys[s]) / 2;
                    }
                }

                return keys[r];
            }
        }

        return keys[n - 1];
    }
}
