using Parley.Core.Forecast;

namespace Parley.Formats.Ktab;

/// <summary>A KTAB SMP input (CSV or XML) read into Parley's forecast model.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Description">Scenario description, or null.</param>
/// <param name="Problem">Actors, capabilities, positions (0–100) and saliences (divided by 100).</param>
/// <param name="Options">Model parameters (KTAB's defaults for CSV files).</param>
/// <param name="Seed">The file's PRNG seed, or null.</param>
public sealed record KtabScenario(string Name, string? Description, ForecastProblem Problem, SpatialPoliticsOptions Options, ulong? Seed);
