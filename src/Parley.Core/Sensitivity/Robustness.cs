namespace Parley.Core.Sensitivity;

/// <summary>
/// How often a verdict holds over Monte Carlo draws of the scenario's uncertain figures (each figure
/// with an uncertainty drawn from its stated range, independently).
/// </summary>
/// <param name="Frequency">Share of decided draws in which the verdict is the same as at the point values (NaN when none was decided).</param>
/// <param name="Draws">Draws made.</param>
/// <param name="Decided">Draws in which the verdict could be decided.</param>
/// <param name="StandardError">The binomial standard error √(f (1 − f) / decided).</param>
/// <param name="Seed">The master seed; draw d uses a generator seeded from it and d alone.</param>
public sealed record Robustness(double Frequency, int Draws, int Decided, double StandardError, ulong Seed)
{
    /// <summary>At or above this share a verdict is called robust.</summary>
    public const double RobustAbove = 0.9;

    /// <summary>At or below this share the draws contradict the verdict.</summary>
    public const double ContradictedBelow = 0.1;

    /// <summary>The reading of the frequency: robust, undecided (between the thresholds) or contradicted.</summary>
    public RobustnessReading Reading =>
        double.IsNaN(Frequency) ? RobustnessReading.Undecided
        : Frequency >= RobustAbove ? RobustnessReading.Robust
        : Frequency <= ContradictedBelow ? RobustnessReading.Contradicted
        : RobustnessReading.Undecided;

    /// <summary>A robustness from counts.</summary>
    public static Robustness Of(int draws, int decided, int held, ulong seed)
    {
        double f = decided == 0 ? double.NaN : (double)held / decided;
        double se = decided == 0 ? double.NaN : Math.Sqrt(f * (1 - f) / decided);
        return new Robustness(f, draws, decided, se, seed);
    }
}
