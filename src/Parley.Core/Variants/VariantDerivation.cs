using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Variants;

/// <summary>The scenario of a variant, or the problems that keep it from being derived.</summary>
/// <param name="Key">The variant.</param>
/// <param name="Scenario">The derived scenario, or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">What keeps the variant from being derived, each with a code and a sentence.</param>
public sealed record VariantDerivation(VariantKey Key, Scenario? Scenario, ImmutableArray<VariantProblem> Problems)
{
    /// <summary>Whether the variant was derived.</summary>
    public bool IsDerived => Scenario is not null;

    /// <summary>
    /// Whether the problems hold whatever values the uncertain figures take (an unknown lever, a time outside the
    /// horizon, levers that leave the conflict no feasible state), so a Monte Carlo draw of the same variant has
    /// them too; false for an effect that pushed a figure out of range, which another draw may not.
    /// </summary>
    internal bool ProblemsIndependentOfFigures { get; init; }

    /// <summary>The problems as one sentence, or null when the variant was derived.</summary>
    public string? Failure => Problems.IsDefaultOrEmpty ? null : string.Join(" ", Problems.Select(p => p.Message));
}
