using Parley.Core.Analysis;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The stability lens: the graph model's states and moves, its equilibria and the standing of the status quo.</summary>
/// <param name="DecisionMakers">The decision makers.</param>
/// <param name="Options">The options, in bit order, as "decision maker: option".</param>
/// <param name="StateCount">How many feasible states there are.</param>
/// <param name="StatusQuo">The status quo (gmcr-py state number, 1-based), or null when the conflict names none.</param>
/// <param name="States">Every state when the graph is small enough to draw; else the status quo, the states one move from it, the SEQ equilibria and the states on the paths to them.</param>
/// <param name="Edges">Unilateral moves between the listed states.</param>
/// <param name="GraphComplete">Whether <paramref name="States" /> and <paramref name="Edges" /> are the whole graph.</param>
/// <param name="Concepts">Per concept, the equilibria and the status quo's standing.</param>
/// <param name="Explanation">The answer in a sentence: is the standoff stable, under which concepts, and why.</param>
public sealed record StabilitySummaryDto(
    IEnumerable<string> DecisionMakers,
    IEnumerable<string> Options,
    int StateCount,
    int? StatusQuo,
    IEnumerable<StateNodeDto> States,
    IEnumerable<StateEdgeDto> Edges,
    bool GraphComplete,
    IEnumerable<ConceptStabilityDto> Concepts,
    string Explanation)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static StabilitySummaryDto From(StabilitySummary value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.DecisionMakers,
            value.Options,
            value.StateCount,
            value.StatusQuo is int s ? GraphModel.Ordinal(s) : null,
            value.States.Select(StateNodeDto.From),
            value.Edges.Select(StateEdgeDto.From),
            value.GraphComplete,
            value.Concepts.Select(ConceptStabilityDto.From),
            value.Explanation);
    }
}
