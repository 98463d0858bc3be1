namespace Parley.Formats.Json.Dto.ForecastEval;

/// <summary>How often a model's intervals held the outcome.</summary>
/// <param name="Model">The model.</param>
/// <param name="Interval"><c>monte-carlo</c> or <c>cross-validated</c>.</param>
/// <param name="Issues">Issues measured.</param>
/// <param name="Coverage90">Share inside the 90 % interval, or null when not measured.</param>
/// <param name="Calibration">Per nominal level, the share observed inside and the mean width.</param>
/// <param name="Note">How the interval was built.</param>
public sealed record CoverageDto(string Model, string Interval, int Issues, double? Coverage90, IEnumerable<CalibrationDto> Calibration, string? Note);
