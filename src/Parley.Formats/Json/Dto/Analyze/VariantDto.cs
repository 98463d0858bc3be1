using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One variant of <c>analyze</c>: the scenario as given or under levers, with one section per lens.</summary>
/// <param name="Id">Lever ids joined by <c>+</c>, or <c>as-given</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Levers">The levers pulled.</param>
/// <param name="Description">What the levers do.</param>
/// <param name="Assumed">True when any lever's effects are the modeller's assumptions.</param>
/// <param name="Failure">Why a lever could not be applied (the lenses are then empty), or null.</param>
/// <param name="Agreement">The agreement lens, one entry per track.</param>
/// <param name="Proposals">How each proposal fares.</param>
/// <param name="Stability">The stability lens, or null.</param>
/// <param name="Forecasts">The forecast lens, one entry per forecastable issue.</param>
/// <param name="ForecastNotes">Issues or actors the forecast left out, and why.</param>
/// <param name="Windows">Deal windows per track.</param>
public sealed record VariantDto(
    string Id,
    string Name,
    IEnumerable<string> Levers,
    string? Description,
    bool Assumed,
    string? Failure,
    IEnumerable<TrackAgreementDto> Agreement,
    IEnumerable<ProposalOutcomeDto> Proposals,
    StabilitySummaryDto? Stability,
    IEnumerable<IssueForecastDto> Forecasts,
    IEnumerable<string> ForecastNotes,
    IEnumerable<TrackTimelineDto> Windows)
{
    /// <summary>The end-state lens (probabilities, reachability, equilibria), or absent when the scenario names no end state.</summary>
    public EndStatesSummaryDto? EndStates { get; init; }

    /// <summary>The DTO of one variant.</summary>
    public static VariantDto From(VariantAnalysis v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new VariantDto(
            v.Id, v.Name, v.Levers, v.Description, v.Assumed, v.Failure,
            v.Agreement.Select(TrackAgreementDto.From),
            v.Proposals.Select(ProposalOutcomeDto.From),
            v.Stability is { } stability ? StabilitySummaryDto.From(stability) : null,
            v.Forecasts.Select(IssueForecastDto.From),
            v.ForecastNotes,
            v.Windows.Select(TrackTimelineDto.From))
        {
            EndStates = v.EndStates is { } endStates ? EndStatesSummaryDto.From(endStates) : null,
        };
    }
}
