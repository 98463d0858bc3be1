namespace Parley.Formats.Json.Dto.ForecastEval;

/// <summary>One calibration level.</summary>
/// <param name="Nominal">The nominal level (0.5, 0.8, 0.9).</param>
/// <param name="Observed">Share of outcomes inside the interval.</param>
/// <param name="MeanWidth">Mean width of the interval.</param>
public sealed record CalibrationDto(double Nominal, double Observed, double MeanWidth);
