namespace Parley.Core.Forecast;

/// <summary>
/// The thresholds that turn a forecast's distribution into a <see cref="ForecastReading"/>, defined once
/// (<see cref="Default"/>) and documented in <c>docs/forecast.md</c>.
/// </summary>
/// <param name="Bins">Equal bins over the axis in which draws are counted (default 20: 5 points of the 0–100 axis each).</param>
/// <param name="MinModeShare">Least share of draws a mode must hold to count (default 0.15).</param>
/// <param name="ValleyRatio">Two peaks of the smoothed histogram are separate modes only when the lowest bin between them is at most this share of the lower peak (default 0.5); otherwise they are one mode.</param>
/// <param name="UndeterminedWidth">Share of the axis that the 5–95 % interval must span for a forecast without a split to be undetermined (default 0.5).</param>
/// <param name="AgreementWidth">Models agree on an issue when their forecasts lie within this share of the axis of each other (default 0.1) and, on a discrete issue, land on the same option.</param>
public sealed record ReadingThresholds(int Bins, double MinModeShare, double ValleyRatio, double UndeterminedWidth, double AgreementWidth = 0.1)
{
    /// <summary>The thresholds Parley uses everywhere: 20 bins, modes of at least 15 % of draws, valleys at most half the lower peak, undetermined from half the axis, models agreeing within a tenth of it.</summary>
    public static ReadingThresholds Default { get; } = new(20, 0.15, 0.5, 0.5);
}
