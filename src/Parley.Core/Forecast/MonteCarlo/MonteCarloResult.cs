using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The result of a Monte Carlo forecast: how it was drawn and, per dimension, the distribution of the forecast.</summary>
/// <param name="Model">The model run.</param>
/// <param name="Runs">Runs requested.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Dimensions">Per dimension, the distribution.</param>
public sealed record MonteCarloResult(ForecastModel Model, int Runs, ulong Seed, ImmutableArray<ForecastDistribution> Dimensions);
