using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Core.Analysis;

/// <summary>One forecast model's point forecast of an issue.</summary>
/// <param name="Model">The model.</param>
/// <param name="Value">The forecast on the scale, or null when the model gives none.</param>
/// <param name="NearestOption">The option nearest the forecast, for issues with options.</param>
/// <param name="Rounds">Rounds the model ran (0 for static models).</param>
/// <param name="Note">Why there is no value, or that the model did not converge.</param>
/// <param name="Shape">The reading, modes and spread of the model's Monte Carlo distribution (a point when no input is uncertain).</param>
/// <param name="Vetoes">Per veto holder, the share of draws it accepts and whether the point forecast is inside its red line.</param>
/// <param name="VetoAware">The forecast restricted to outcomes every veto holder accepts.</param>
/// <param name="Sensitivity">The inputs that move this model's forecast most (a tornado), largest swing first.</param>
public sealed record ModelEstimate(
    ForecastModel Model,
    double? Value,
    string? NearestOption,
    int Rounds,
    string? Note,
    ForecastShape Shape,
    ImmutableArray<VetoShare> Vetoes,
    VetoAwareEstimate VetoAware,
    ImmutableArray<SensitivityBar> Sensitivity);
