namespace Parley.Core.Forecast;

/// <summary>One mode of a forecast's distribution: a cluster of draws between two valleys of the histogram.</summary>
/// <param name="Value">The median of the draws in the mode (on the axis the draws were given on).</param>
/// <param name="Share">The share of all draws in the mode (0–1).</param>
/// <param name="Low">The smallest draw in the mode.</param>
/// <param name="High">The largest draw in the mode.</param>
public readonly record struct ForecastMode(double Value, double Share, double Low, double High);
