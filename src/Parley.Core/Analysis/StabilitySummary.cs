using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>The stability lens: the graph model's states and moves, its equilibria and the standing of the status quo.</summary>
/// <param name="DecisionMakers">The decision makers.</param>
/// <param name="Options">The options, in bit order, as "decision maker: option".</param>
/// <param name="StateCount">How many feasible states there are.</param>
/// <param name="StatusQuo">The status quo's state index, or null when the conflict names none.</param>
/// <param name="States">Every state (when at most the options' graph limit), else the status quo and equilibria only.</param>
/// <param name="Edges">Unilateral moves between the listed states (empty when the graph is too large to draw).</param>
/// <param name="GraphComplete">Whether <paramref name="States"/> and <paramref name="Edges"/> are the whole graph.</param>
/// <param name="Concepts">Per concept, the equilibria and the status quo's standing.</param>
/// <param name="Explanation">The answer in a sentence: is the standoff stable, under which concepts, and why.</param>
public sealed record StabilitySummary(
    ImmutableArray<string> DecisionMakers,
    ImmutableArray<string> Options,
    int StateCount,
    int? StatusQuo,
    ImmutableArray<StateNode> States,
    ImmutableArray<StateEdge> Edges,
    bool GraphComplete,
    ImmutableArray<ConceptStability> Concepts,
    string Explanation);
