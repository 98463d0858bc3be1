using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.EndStates;

/// <summary>How <see cref="EndStateAnalysis"/> runs.</summary>
public sealed record EndStateOptions
{
    /// <summary>Monte Carlo draws of the uncertain figures (ignored when the scenario has none: then one exact run).</summary>
    public int Draws { get; init; } = 200;

    /// <summary>Seed of the draws.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Levers pulled before the analysis (in order).</summary>
    public ImmutableArray<string> Levers { get; init; } = [];

    /// <summary>
    /// The concept whose equilibria end the status-quo path (default Nash: the path of unilateral
    /// improvements stops where nobody can improve alone).
    /// </summary>
    public StabilityConcept PathConcept { get; init; } = StabilityConcept.Nash;

    /// <summary>Options of the stability analysis (concepts computed; all six by default).</summary>
    public StabilityOptions Stability { get; init; } = StabilityOptions.Default;
}
