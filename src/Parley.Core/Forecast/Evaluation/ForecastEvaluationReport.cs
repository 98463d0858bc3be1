using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The result of <see cref="ForecastEvaluation.Evaluate"/>: accuracy per model and interval coverage with calibration.</summary>
/// <param name="Models">Mean and median absolute error per model (fitted and combined models out of sample).</param>
/// <param name="Coverage">Per model and kind of interval, the calibration table (empty when not asked for).</param>
public sealed record ForecastEvaluationReport(ImmutableArray<ModelAccuracy> Models, ImmutableArray<IntervalCoverage> Coverage);
