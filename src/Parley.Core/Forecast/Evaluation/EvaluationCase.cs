namespace Parley.Core.Forecast;

/// <summary>A past decision for checking forecasts: the inputs as they stood and where the issue settled.</summary>
/// <param name="Id">Issue id, for reports.</param>
/// <param name="Problem">A one-dimensional problem on the 0–100 axis.</param>
/// <param name="Outcome">The recorded outcome on the axis.</param>
/// <param name="StatusQuo">The reference point, or null when not recorded.</param>
public sealed record EvaluationCase(string Id, ForecastProblem Problem, double Outcome, double? StatusQuo);
