namespace Parley.Core.Forecast;

/// <summary>
/// The compromise model (van den Bos 1991; Achen 2006): the capability × salience-weighted mean of
/// the positions. The most accurate simple model on EU legislative data.
/// </summary>
public static class WeightedMean
{
    /// <summary>The weighted mean on <paramref name="dimension"/>.</summary>
    /// <remarks>When every weight is zero (nobody cares or nobody can act), the plain mean is returned: the
    /// limit of equal small weights, rather than a division by zero.</remarks>
    public static double Of(ForecastProblem problem, int dimension)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.ActorCount;
        double sumW = 0, sumWx = 0, sumX = 0;
        for (int i = 0; i < n; i++)
        {
            double w = problem.Capability(i) * problem.Salience(i, dimension);
            double x = problem.Position(i, dimension);
            sumW += w;
            sumWx += w * x;
            sumX += x;
        }

        return sumW > 0 ? sumWx / sumW : sumX / n;
    }

    /// <summary>The weighted mean of <paramref name="positions"/> with weights <paramref name="weights"/> (plain mean when all weights are zero).</summary>
    public static double Of(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        if (positions.Length != weights.Length || positions.Length == 0)
        {
            throw new ArgumentException($"Need as many weights as positions (at least one); got {positions.Length} and {weights.Length}.", nameof(weights));
        }

        double sumW = 0, sumWx = 0, sumX = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            sumW += weights[i];
            sumWx += weights[i] * positions[i];
            sumX += positions[i];
        }

        return sumW > 0 ? sumWx / sumW : sumX / positions.Length;
    }
}
