using Parley.Core.Analysis;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A state of the graph model.</summary>
/// <param name="Index">The state's gmcr-py number (1-based, as the literature and <c>parley stability</c> number them).</param>
/// <param name="Label">The state's stable id: the ids of the options taken, joined by '+' ("none" when none is taken; see <c>Int32)</c>).</param>
/// <param name="Taken">The options taken in the state.</param>
/// <param name="IsStatusQuo">Whether the state is the status quo.</param>
/// <param name="EquilibriumUnder">The tokens of the concepts under which the state is an equilibrium (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c> or <c>seq-sim</c>).</param>
public sealed record StateNodeDto(
    int Index,
    string Label,
    IEnumerable<string> Taken,
    bool IsStatusQuo,
    IEnumerable<string> EquilibriumUnder)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static StateNodeDto From(StateNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.Index),
            value.Label,
            value.Taken,
            value.IsStatusQuo,
            value.EquilibriumUnder.Select(x => Terms.Token(x)));
    }
}
