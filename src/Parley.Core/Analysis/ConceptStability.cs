using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>One stability concept: its equilibria, whether the status quo is stable and why, the paths from it.</summary>
/// <param name="Concept">Nash, GMR, SMR, SEQ, SIM or SEQ+SIM.</param>
/// <param name="Equilibria">The states stable for every decision maker.</param>
/// <param name="StatusQuoStable">Whether the status quo is an equilibrium, or null when the conflict names none.</param>
/// <param name="Reasons">Per decision maker, why the status quo is (not) stable for it.</param>
/// <param name="Paths">Shortest sequences of unilateral improvements from the status quo to each equilibrium.</param>
/// <param name="Sensitivity">The preference statements whose removal flips whether the status quo is an equilibrium (the scenario as given only; null otherwise).</param>
/// <param name="Robustness">
/// The verdict's frequency over the draws: the graph model depends on no drawn figure, so every draw agrees
/// (the scenario as given only; null otherwise).
/// </param>
/// <param name="Deterrence">Per decision maker, deterrence at the status quo: nothing tempts it, or what tempts it and the sanction that deters it (empty without a status quo).</param>
public sealed record ConceptStability(
    StabilityConcept Concept,
    ImmutableArray<int> Equilibria,
    bool? StatusQuoStable,
    ImmutableArray<string> Reasons,
    ImmutableArray<StatusQuoPath> Paths,
    ImmutableArray<Deterrence> Deterrence = default,
    Sensitivity.VerdictSensitivity? Sensitivity = null,
    Sensitivity.Robustness? Robustness = null)
{
    /// <summary>Never default: empty when not given.</summary>
    public ImmutableArray<Deterrence> Deterrence { get; init; } = Deterrence.IsDefault ? [] : Deterrence;
}
