using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Core.Analysis.Changes;

/// <summary>The expected-utility Monte Carlo forecast of an issue: a point (its median), a split (its modes) or undetermined (its 5–95 % range).</summary>
/// <param name="Reading">Which of the three.</param>
/// <param name="Modes">The modes of a split forecast.</param>
/// <param name="Median">The median, on the scale.</param>
/// <param name="MedianOption">The option nearest the median, or null.</param>
/// <param name="P05">The 5th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Unit">The unit the values are read in; null when they are read as options or the issue has no positions.</param>
public sealed record MonteCarloReading(
    ForecastReading Reading,
    ImmutableArray<ModeEstimate> Modes,
    double Median,
    string? MedianOption,
    double P05,
    double P95,
    string? Unit) : LensReading;
