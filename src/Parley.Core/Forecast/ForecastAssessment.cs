using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>What one model's forecast of one issue says beyond its value: its distribution's reading, how it fares with each veto holder, and the forecast restricted to what every veto holder accepts.</summary>
/// <param name="Model">The model.</param>
/// <param name="Shape">Modes, spread and reading on the axis (from the Monte Carlo draws, or a point when no input is uncertain).</param>
/// <param name="Vetoes">Per veto holder, its share of draws and whether the point forecast lies inside its acceptable set.</param>
/// <param name="VetoAware">The forecast restricted to outcomes every veto holder accepts.</param>
/// <param name="Sensitivity">The inputs that move this model's forecast most, largest swing first (a tornado).</param>
public sealed record ForecastAssessment(
    ForecastModel Model,
    DistributionShape Shape,
    ImmutableArray<VetoCheck> Vetoes,
    VetoAwareForecast VetoAware,
    ImmutableArray<SensitivityEntry> Sensitivity);
