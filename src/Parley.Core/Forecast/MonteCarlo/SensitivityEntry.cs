namespace Parley.Core.Forecast;

/// <summary>How far one uncertain input moves one dimension's forecast across its range.</summary>
/// <param name="Input">The uncertain input.</param>
/// <param name="Dimension">The dimension whose forecast is measured.</param>
/// <param name="AtMinimum">Forecast with the input at its distribution's minimum (others at their point values).</param>
/// <param name="AtMaximum">Forecast with the input at its maximum.</param>
/// <param name="RangeStated">True when the range is the figure's stated uncertainty; false when it is the default probe of an exact figure (see <see cref="ForecastSensitivity.Tornado"/>).</param>
/// <param name="FlipsMode">True when, within its stated range, the input alone moves the forecast into another mode of its distribution (or onto another option).</param>
public sealed record SensitivityEntry(UncertainInput Input, int Dimension, double AtMinimum, double AtMaximum, bool RangeStated = true, bool FlipsMode = false)
{
    /// <summary>|AtMaximum − AtMinimum|: the width of the input's bar in a tornado chart.</summary>
    public double Swing => Math.Abs(AtMaximum - AtMinimum);
}
