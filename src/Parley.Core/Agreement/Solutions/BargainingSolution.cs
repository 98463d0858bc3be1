using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// The result of a bargaining solution over a <see cref="ParetoFrontier"/>: the optimal value of its
/// objective and every frontier point that attains it (within <see cref="ParetoFrontier.Tolerance"/>),
/// or, when no point qualifies, the reason.
/// </summary>
/// <param name="Concept">Which solution.</param>
/// <param name="Value">
/// The optimum of the solution's objective (the Nash product, the least normalised gain, the spread …),
/// or null when there is no point.
/// </param>
/// <param name="Points">The tied optimal points, each with all its packages; empty when there is none.</param>
/// <param name="Reason">Why there is no point (for example "no package meets every reservation value"), or null.</param>
public sealed record BargainingSolution(
    BargainingConcept Concept,
    double? Value,
    ImmutableArray<FrontierPoint> Points,
    string? Reason)
{
    /// <summary>True when at least one point attains the optimum.</summary>
    public bool Exists => !Points.IsDefaultOrEmpty;
}
