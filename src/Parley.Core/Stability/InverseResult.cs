using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>The outcome of an inverse analysis: which candidate rankings make the desired state an equilibrium.</summary>
/// <param name="DesiredState">The state that should be an equilibrium.</param>
/// <param name="DecisionMaker">The decision maker whose ranking was varied.</param>
/// <param name="CandidateCount">How many candidate rankings were tried.</param>
/// <param name="Matching">Per concept, the 0-based indices of the candidates under which the desired state is an equilibrium.</param>
public sealed record InverseResult(
    int DesiredState,
    string DecisionMaker,
    int CandidateCount,
    ImmutableDictionary<StabilityConcept, ImmutableArray<int>> Matching)
{
    /// <summary>How many candidates make the desired state an equilibrium under <paramref name="concept"/>.</summary>
    public int Count(StabilityConcept concept) => Matching.TryGetValue(concept, out var m) ? m.Length : 0;
}
