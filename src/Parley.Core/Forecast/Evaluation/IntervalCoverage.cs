using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>How well one kind of forecast interval covers recorded outcomes.</summary>
/// <param name="Model">The model, as named in reports.</param>
/// <param name="Interval">How the interval was made: <c>monte-carlo</c> (quantiles of draws of the uncertain inputs) or <c>cross-validated</c> (the forecast ± a quantile of the absolute errors on the other folds).</param>
/// <param name="Issues">Issues scored.</param>
/// <param name="Calibration">Per nominal level (0.5, 0.8, 0.9), the observed share of outcomes inside and the mean width.</param>
/// <param name="Note">How the interval was made, in a sentence.</param>
public sealed record IntervalCoverage(string Model, string Interval, int Issues, ImmutableArray<CalibrationBin> Calibration, string Note)
{
    /// <summary>Observed coverage of the nominal 90 % interval (NaN when not measured).</summary>
    public double Coverage90 => Calibration.FirstOrDefault(c => Math.Abs(c.Nominal - 0.9) < 1e-9) is { Nominal: > 0 } c ? c.Observed : double.NaN;
}
