using System.Collections.Immutable;

namespace Parley.Core.Stability;

/// <summary>
/// Deterrence at one state for one decision maker under one concept: whether the state is stable because
/// no move improves (Nash) or because every improving move is sanctioned, with each improving move and
/// its strongest sanction. Ids and numbers only; the sentences are written outside Core.
/// </summary>
/// <param name="State">The state index.</param>
/// <param name="DecisionMaker">The decision maker (index in <see cref="GraphModel.DecisionMakers"/>).</param>
/// <param name="Concept">The concept asked.</param>
/// <param name="Stable">The verdict; always equals <see cref="StabilityAnalysis"/>'s.</param>
/// <param name="Basis">Why: no improvement, every improvement sanctioned, or an improvement left unsanctioned.</param>
/// <param name="DecidedBy">
/// The concept whose sanctions are shown: <paramref name="Concept"/> itself, except for SEQ+SIM, which is
/// stable when SEQ- or SIM-stable and shows the one that holds (SEQ when neither does).
/// </param>
/// <param name="Improvements">
/// Every unilateral improvement, ranked: unsanctioned moves first (the most tempting first), then
/// sanctioned ones by the sanction that deters the most (largest <see cref="DeterredImprovement.Margin"/>).
/// </param>
public sealed record Deterrence(
    int State,
    int DecisionMaker,
    StabilityConcept Concept,
    bool Stable,
    StabilityBasis Basis,
    StabilityConcept DecidedBy,
    ImmutableArray<DeterredImprovement> Improvements);
