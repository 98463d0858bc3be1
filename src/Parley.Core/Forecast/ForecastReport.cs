using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The result of a forecast over several issues.</summary>
/// <param name="Issues">One entry per issue.</param>
/// <param name="Runs">Monte Carlo runs per model and issue (0 when no input was uncertain).</param>
/// <param name="Seed">Master seed of the Monte Carlo runs.</param>
public sealed record ForecastReport(ImmutableArray<IssueForecast> Issues, int Runs, ulong Seed);
