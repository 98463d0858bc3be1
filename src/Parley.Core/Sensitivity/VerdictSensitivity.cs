using System.Collections.Immutable;

namespace Parley.Core.Sensitivity;

/// <summary>
/// What would change one verdict: every probed figure that flips it, with the smallest change of that
/// figure alone, ordered by the size of that change as a share of the figure's scale (smallest first).
/// </summary>
/// <param name="Verdict">The verdict at the scenario's point values (true: supported / a deal exists / stable).</param>
/// <param name="Probed">How many figures were probed.</param>
/// <param name="Flips">The figures that flip the verdict, nearest first.</param>
public sealed record VerdictSensitivity(bool Verdict, int Probed, ImmutableArray<FigureFlip> Flips)
{
    /// <summary>Bisection stops when the flip point is known to within this (figures on 0–1 scales).</summary>
    public const double Tolerance = 1e-3;

    /// <summary>Grid steps of the scan for a figure that is not monotone in the verdict, over its range.</summary>
    public const int ScanSteps = 20;
}
