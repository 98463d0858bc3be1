using System.Text.Json.Serialization;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One move of a sanction: who moves, between which states, and which of its options change.</summary>
/// <param name="DecisionMaker">The decision maker who moves (index in <c>DecisionMakers</c>).</param>
/// <param name="FromState">State (gmcr-py number) before the move (for SIM, the state the improvement starts from: the moves are simultaneous).</param>
/// <param name="To">State (gmcr-py number) after the move (for SIM, the state the mover alone would reach).</param>
/// <param name="Taken">Option bits the mover takes up in this move, in bit order (empty for explicit moves).</param>
/// <param name="Dropped">Option bits the mover gives up in this move, in bit order.</param>
public sealed record SanctionStepDto(
    int DecisionMaker,
    [property: JsonPropertyName("from")] int FromState,
    int To,
    IEnumerable<int> Taken,
    IEnumerable<int> Dropped)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static SanctionStepDto From(SanctionStep value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.DecisionMaker,
            GraphModel.Ordinal(value.From),
            GraphModel.Ordinal(value.To),
            value.Taken,
            value.Dropped);
    }
}
