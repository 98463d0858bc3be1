using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>A state of the graph model.</summary>
/// <param name="Index">The state's index (0-based; the literature numbers them from 1).</param>
/// <param name="Label">The state's stable id: the ids of the options taken, joined by '+' ("none" when none is taken; see <see cref="GraphModel.StateId"/>).</param>
/// <param name="Taken">The options taken in the state.</param>
/// <param name="IsStatusQuo">Whether the state is the status quo.</param>
/// <param name="EquilibriumUnder">The concepts under which the state is an equilibrium.</param>
public sealed record StateNode(int Index, string Label, ImmutableArray<string> Taken, bool IsStatusQuo, ImmutableArray<StabilityConcept> EquilibriumUnder);
