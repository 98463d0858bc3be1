namespace Parley.Core.Forecast;

/// <summary>A quantile of the forecast distribution.</summary>
/// <param name="Level">The level, in (0, 1).</param>
/// <param name="Value">The value at that level (linear interpolation between order statistics).</param>
public readonly record struct QuantileValue(double Level, double Value);
