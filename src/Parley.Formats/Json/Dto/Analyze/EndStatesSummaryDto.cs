using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The end-state lens of one variant: every named end state with its probability, reachability and equilibria.</summary>
/// <param name="Draws">Draws of the uncertain figures (1 when none is uncertain: the run is exact).</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="IsPartition">True when every draw ends in exactly one end state, so the probabilities sum to 1.</param>
/// <param name="Unmatched">Share of draws that end in no named end state.</param>
/// <param name="Overlapping">Share of draws that end in more than one.</param>
/// <param name="Total">The sum of the probabilities (1 over a partition).</param>
/// <param name="Note">Whether the end states partition the outcomes, in a sentence.</param>
/// <param name="EndStates">One entry per end state, in scenario order.</param>
public sealed record EndStatesSummaryDto(
    int Draws,
    int Seed,
    bool IsPartition,
    double Unmatched,
    double Overlapping,
    double Total,
    string Note,
    IEnumerable<EndStateOutcomeDto> EndStates)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static EndStatesSummaryDto From(EndStatesSummary value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Draws,
            value.Seed,
            value.IsPartition,
            value.Unmatched,
            value.Overlapping,
            value.Total,
            value.Note,
            value.EndStates.Select(EndStateOutcomeDto.From));
    }
}
