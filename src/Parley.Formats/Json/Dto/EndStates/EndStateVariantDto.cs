using System.Text.Json.Serialization;
using Parley.Core.EndStates;
using Parley.Core.Model;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.EndStates;

/// <summary>One variant of <c>parley endstates</c> (the scenario as given, or one lever pulled): every end state with its probability, hits, reachability, movers and equilibria. States are gmcr-py state numbers (1-based).</summary>
/// <param name="Levers">The levers pulled (empty: the scenario as given).</param>
/// <param name="Draws">Draws of the uncertain figures (1 when none is uncertain: the run is exact).</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="PathEnd">The state where the status-quo path ends, or null (written) without a conflict, a status quo or a reachable equilibrium.</param>
/// <param name="IsPartition">True when every draw ends in exactly one end state, so the probabilities sum to 1.</param>
/// <param name="Unmatched">Share of draws that end in no named end state.</param>
/// <param name="Overlapping">Share of draws that end in more than one.</param>
/// <param name="EndStates">One entry per end state, in scenario order.</param>
public sealed record EndStateVariantDto(
    IEnumerable<string> Levers,
    int Draws,
    int Seed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? PathEnd,
    bool IsPartition,
    double Unmatched,
    double Overlapping,
    IEnumerable<EndStateDto> EndStates)
{
    /// <summary>The DTO of one variant's report on <paramref name="scenario"/> (which names the end states).</summary>
    public static EndStateVariantDto From(Scenario scenario, EndStateReport report)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(report);
        return new EndStateVariantDto(
            report.Levers,
            report.Draws,
            report.Seed,
            report.PathEnd is { } end ? GraphModel.Ordinal(end) : null,
            report.IsPartition,
            report.Unmatched,
            report.Overlapping,
            report.EndStates.Select(e => EndStateDto.From(e, scenario.EndStates.FirstOrDefault(x => x.Id == e.EndStateId)?.Name)));
    }
}
