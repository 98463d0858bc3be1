using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One unilateral improvement of a decision maker from a state, and the sanction that deters it most, or the fact that none does.</summary>
/// <param name="To">The state the improvement leads to (gmcr-py number, 1-based).</param>
/// <param name="Taken">Option bits the decision maker takes up by the move, in bit order (empty for explicit moves).</param>
/// <param name="Dropped">Option bits it gives up, in bit order.</param>
/// <param name="Gain">How many rank levels the decision maker gains by the move (rank of <paramref name="To" /> minus rank of the state; positive).</param>
/// <param name="Deterred">True when the others can sanction the move under the concept.</param>
/// <param name="Sanction">The sanction that deters the most: of all sanctions the concept admits, the one whose end state the decision maker ranks lowest, and of those the shortest (GMR, SMR, SEQ: a legal sequence of the others' moves from <paramref name="To" />; SIM: the others' simultaneous moves from the state). Empty when not deterred.</param>
/// <param name="End">The state (gmcr-py number) where the sanction leaves the decision maker, or null when not deterred.</param>
/// <param name="Margin">How many rank levels <paramref name="End" /> lies below the state for the decision maker (0 for a tie); 0 when not deterred.</param>
public sealed record DeterredImprovementDto(
    int To,
    IEnumerable<int> Taken,
    IEnumerable<int> Dropped,
    int Gain,
    bool Deterred,
    IEnumerable<SanctionStepDto> Sanction,
    int? End,
    int Margin)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static DeterredImprovementDto From(DeterredImprovement value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.To),
            value.Taken,
            value.Dropped,
            value.Gain,
            value.Deterred,
            value.Sanction.Select(SanctionStepDto.From),
            value.End is int s ? GraphModel.Ordinal(s) : null,
            value.Margin);
    }
}
