using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Every requested model's forecast for one issue, with its uncertainty when inputs are uncertain.</summary>
/// <param name="Id">Issue id.</param>
/// <param name="Name">Issue name.</param>
/// <param name="Actors">Actors with a position on the issue.</param>
/// <param name="Positions">Their positions on the axis, aligned with <paramref name="Actors"/>.</param>
/// <param name="Forecasts">One forecast per model, in the order asked.</param>
/// <param name="Uncertainty">Per forecast (same order), the Monte Carlo distribution, or null when none was run.</param>
/// <param name="Sensitivity">Uncertain inputs ordered by how far they move the first model's forecast; empty without uncertainty.</param>
/// <param name="Scale">How the axis maps to the issue (range and unit, or options).</param>
/// <param name="Assessments">Per forecast (same order), its reading, vetoes, veto-aware forecast and tornado.</param>
/// <param name="Agreement">Whether weighted mean, weighted median, expected utility and spatial model agree.</param>
/// <param name="VetoHolders">The veto holders (actor indices) whose acceptable sets the vetoes are checked against.</param>
/// <param name="AcceptableToAll">The outcomes every veto holder accepts.</param>
public sealed record IssueForecast(
    string Id,
    string Name,
    ImmutableArray<string> Actors,
    ImmutableArray<double> Positions,
    ImmutableArray<ModelForecast> Forecasts,
    ImmutableArray<ForecastDistribution?> Uncertainty,
    ImmutableArray<SensitivityEntry> Sensitivity,
    IssueScale Scale,
    ImmutableArray<ForecastAssessment> Assessments,
    ModelAgreement Agreement,
    ImmutableArray<int> VetoHolders,
    AcceptableRegion AcceptableToAll);
