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
public sealed record IssueForecast(
    string Id,
    string Name,
    ImmutableArray<string> Actors,
    ImmutableArray<double> Positions,
    ImmutableArray<ModelForecast> Forecasts,
    ImmutableArray<ForecastDistribution?> Uncertainty,
    ImmutableArray<SensitivityEntry> Sensitivity);
