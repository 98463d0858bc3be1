namespace Parley.Core.Forecast;

/// <summary>One row of a calibration table: how often outcomes fell inside the central interval of a nominal level.</summary>
/// <param name="Nominal">The interval's nominal probability (0.5 for the 25–75 % interval).</param>
/// <param name="Observed">The share of outcomes inside it.</param>
/// <param name="MeanWidth">The interval's mean width on the 0–100 axis.</param>
public readonly record struct CalibrationBin(double Nominal, double Observed, double MeanWidth);
