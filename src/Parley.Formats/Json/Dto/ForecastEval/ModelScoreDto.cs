namespace Parley.Formats.Json.Dto.ForecastEval;

/// <summary>How one model scored against the recorded outcomes (0–100 scale).</summary>
/// <param name="Model">The model.</param>
/// <param name="Issues">Issues scored.</param>
/// <param name="MeanAbsoluteError">Mean absolute error, or null when nothing was scored.</param>
/// <param name="MedianAbsoluteError">Median absolute error, or null when nothing was scored.</param>
/// <param name="Note">Configuration; for fitted models the cross-validation and parameters chosen.</param>
/// <param name="Coverage90">Share of outcomes inside the model's 90 % Monte Carlo interval, where measured.</param>
/// <param name="Coverage90CrossValidated">Share inside its cross-validated 90 % interval, where measured.</param>
public sealed record ModelScoreDto(string Model, int Issues, double? MeanAbsoluteError, double? MedianAbsoluteError, string? Note, double? Coverage90, double? Coverage90CrossValidated);
