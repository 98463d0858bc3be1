using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>Why a state is or is not stable for a decision maker under a concept.</summary>
/// <param name="State">The state.</param>
/// <param name="DecisionMaker">The decision maker (or coalition block) name.</param>
/// <param name="Concept">The concept.</param>
/// <param name="Stable">The verdict.</param>
/// <param name="Improvements">Each unilateral improvement, with its sanction or the reason none exists.</param>
/// <param name="Reason">A one-sentence summary.</param>
public sealed record StabilityExplanation(
    int State,
    string DecisionMaker,
    StabilityConcept Concept,
    bool Stable,
    ImmutableArray<ImprovementExplanation> Improvements,
    string Reason);
