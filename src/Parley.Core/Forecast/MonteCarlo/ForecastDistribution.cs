using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The Monte Carlo distribution of one model's forecast on one dimension.</summary>
/// <param name="Dimension">Dimension index.</param>
/// <param name="Runs">Runs that produced a value.</param>
/// <param name="Mean">Mean forecast.</param>
/// <param name="StandardDeviation">Spread of the forecast across runs.</param>
/// <param name="StandardError">Sampling error of the mean, σ/√runs.</param>
/// <param name="Quantiles">Quantiles at the requested levels.</param>
/// <param name="Acceptance">Per actor with a red line on this dimension, the probability that the outcome is acceptable to it.</param>
/// <param name="Shape">Modes, spread and reading of the draws (on the axis), by <see cref="DistributionReading"/> with the default thresholds.</param>
/// <param name="ShareAcceptableToAll">Share of draws that every veto holder accepts (1 when no veto holder draws a red line; NaN without draws).</param>
public sealed record ForecastDistribution(
    int Dimension,
    int Runs,
    double Mean,
    double StandardDeviation,
    double StandardError,
    ImmutableArray<QuantileValue> Quantiles,
    ImmutableArray<AcceptanceProbability> Acceptance,
    DistributionShape Shape,
    double ShareAcceptableToAll);
