using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>One model's forecast on one dimension.</summary>
/// <param name="Model">Which model.</param>
/// <param name="Dimension">Which dimension of the problem.</param>
/// <param name="Value">The forecast on the axis, or null when the model has no answer (no status quo recorded).</param>
/// <param name="Converged">For dynamic models, whether the run settled; static models always do.</param>
/// <param name="Rounds">Rounds run (0 for static models).</param>
/// <param name="Path">For dynamic models, the forecast after each round (round 0 first), when asked for; else empty.</param>
/// <param name="Note">Why there is no value, or another remark; null otherwise.</param>
public sealed record ModelForecast(
    ForecastModel Model,
    int Dimension,
    double? Value,
    bool Converged,
    int Rounds,
    ImmutableArray<double> Path,
    string? Note);
