namespace Parley.Core.Forecast;

/// <summary>What a forecast's distribution says, by the thresholds of <see cref="ReadingThresholds"/>.</summary>
public enum ForecastReading
{
    /// <summary>One mode holds the draws and the 5–95 % interval is narrower than the undetermined width: the forecast is a value.</summary>
    Point,

    /// <summary>Two or more modes, each holding at least the minimum share of draws, separated by a valley: "either A or B".</summary>
    Split,

    /// <summary>No single mode and no clear split, and the 5–95 % interval spans most of the axis: the model cannot tell.</summary>
    Undetermined,
}
