using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.EndStates;

/// <summary>The equilibria of one stability concept that lie in an end state.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="States">Indices of the equilibrium states in the end state (empty: it contains none).</param>
public sealed record ConceptEquilibria(StabilityConcept Concept, ImmutableArray<int> States)
{
    /// <summary>True when the end state contains an equilibrium of the concept.</summary>
    public bool Contains => !States.IsEmpty;
}
