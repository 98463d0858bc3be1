namespace Parley.Formats.Genius;

/// <summary>
/// GENIUS 10.4's evaluation rules (<c>genius.core.utility</c>), as <c>FORMATS.md</c> section 2.2 records
/// them after running the Java code.
/// </summary>
internal static class GeniusEvaluators
{
    /// <summary>Below this largest evaluation, GENIUS scores every item of the issue 0.</summary>
    public const double SmallestMaxEvaluation = 1e-5;

    /// <summary>Discrete: evaluation divided by the largest evaluation.</summary>
    public static double Discrete(double evaluation, double maxEvaluation) =>
        maxEvaluation < SmallestMaxEvaluation ? 0 : evaluation / maxEvaluation;

    /// <summary>Integer: clamp01(offset + slope·(v − lowerbound)).</summary>
    public static double Integer(double value, double lowerBound, double slope, double offset) =>
        Clamp01(offset + (slope * (value - lowerBound)));

    /// <summary>Real, linear: clamp01(parameter1·v + parameter0), on the absolute value (no lowerbound shift).</summary>
    public static double RealLinear(double value, double parameter1, double parameter0) =>
        Clamp01((parameter1 * value) + parameter0);

    /// <summary>Real, constant: parameter0 (clamped to [0, 1]).</summary>
    public static double RealConstant(double parameter0) => Clamp01(parameter0);

    /// <summary>Real, triangular: 0 at or below <paramref name="low"/>, rising to 1 at <paramref name="top"/>, back to 0 at <paramref name="high"/>.</summary>
    public static double RealTriangular(double value, double low, double high, double top)
    {
        if (value <= low || value >= high)
        {
            return value == top ? 1 : 0;
        }

        return value <= top
            ? (top > low ? (value - low) / (top - low) : 1)
            : (high > top ? (high - value) / (high - top) : 1);
    }

    /// <summary>Cuts a value into [0, 1].</summary>
    public static double Clamp01(double x) => x < 0 ? 0 : x > 1 ? 1 : x;
}
