using Parley.Core.Forecast;

namespace Parley.Core.Analysis.Changes;

/// <summary>One forecast model's single-run reading of an issue.</summary>
/// <param name="Model">The model.</param>
/// <param name="NearestOption">The option nearest its forecast, or null.</param>
/// <param name="Value">Its forecast on the scale, or null when it gives none.</param>
public sealed record ModelPoint(ForecastModel Model, string? NearestOption, double? Value);
