using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>The stability lens: the graph model's states and moves, its equilibria and the standing of the status quo.</summary>
/// <param name="DecisionMakers">The decision makers.</param>
/// <param name="Options">The options, in bit order, as "decision maker: option".</param>
/// <param name="StateCount">How many feasible states there are.</param>
/// <param name="StatusQuo">The status quo's state index, or null when the conflict names none.</param>
/// <param name="States">Every state when the graph is small enough to draw; else the status quo, the states one move from it, the SEQ equilibria and the states on the paths to them.</param>
/// <param name="Edges">Unilateral moves between the listed states.</param>
/// <param name="GraphComplete">Whether <paramref name="States"/> and <paramref name="Edges"/> are the whole graph.</param>
/// <param name="Concepts">Per concept, the equilibria and the status quo's standing.</param>
/// <param name="Explanation">The answer in a sentence: is the standoff stable, under which concepts, and why.</param>
/// <param name="Model">The graph model, for labelling states and options in words (see <c>Parley.Formats.Words</c>).</param>
public sealed record StabilitySummary(
    ImmutableArray<string> DecisionMakers,
    ImmutableArray<string> Options,
    int StateCount,
    int? StatusQuo,
    ImmutableArray<StateNode> States,
    ImmutableArray<StateEdge> Edges,
    bool GraphComplete,
    ImmutableArray<ConceptStability> Concepts,
    string Explanation,
    GraphModel? Model = null);
