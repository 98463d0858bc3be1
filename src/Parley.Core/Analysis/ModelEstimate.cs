namespace Parley.Core.Analysis;

/// <summary>One forecast model's point forecast of an issue.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Value">The forecast on the scale, or null when the model gives none.</param>
/// <param name="NearestOption">The option nearest the forecast, for issues with options.</param>
/// <param name="Rounds">Rounds the model ran (0 for static models).</param>
/// <param name="Note">Why there is no value, or that the model did not converge.</param>
public sealed record ModelEstimate(string Model, double? Value, string? NearestOption, int Rounds, string? Note);
