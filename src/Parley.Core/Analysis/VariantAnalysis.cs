using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>Every lens on one variant of the scenario: as given, or with levers pulled.</summary>
/// <param name="Id">"as-given", or the lever ids joined by "+".</param>
/// <param name="Name">A display name.</param>
/// <param name="Levers">The levers pulled, in order.</param>
/// <param name="Description">The levers' descriptions.</param>
/// <param name="Assumed">Whether any lever's effects are the modeller's assumptions rather than stated.</param>
/// <param name="Agreement">Per track, the agreement lens.</param>
/// <param name="Proposals">How each proposal fares.</param>
/// <param name="Stability">The stability lens, or null when skipped.</param>
/// <param name="Forecasts">Per forecastable issue, the forecast lens.</param>
/// <param name="ForecastNotes">What the forecast left out and why.</param>
/// <param name="Windows">Per track, the windows over the horizon (empty when skipped).</param>
/// <param name="Failure">Why the variant could not be analysed (a lever whose effect does not apply), or null.</param>
public sealed record VariantAnalysis(
    string Id,
    string Name,
    ImmutableArray<string> Levers,
    string? Description,
    bool Assumed,
    ImmutableArray<TrackAgreement> Agreement,
    ImmutableArray<ProposalOutcome> Proposals,
    StabilitySummary? Stability,
    ImmutableArray<IssueForecast> Forecasts,
    ImmutableArray<string> ForecastNotes,
    ImmutableArray<TrackTimeline> Windows,
    string? Failure)
{
    /// <summary>The id of the variant that is the scenario as given.</summary>
    public const string AsGiven = "as-given";

    /// <summary>The end-state lens (probabilities, reachability, equilibria), or null when the scenario names no end state.</summary>
    public EndStatesSummary? EndStates { get; init; }
}
