namespace Parley.Core.Forecast;

/// <summary>How far one uncertain input moves one dimension's forecast across its range.</summary>
/// <param name="Input">The uncertain input.</param>
/// <param name="Dimension">The dimension whose forecast is measured.</param>
/// <param name="AtMinimum">Forecast with the input at its distribution's minimum (others at their point values).</param>
/// <param name="AtMaximum">Forecast with the input at its maximum.</param>
public sealed record SensitivityEntry(UncertainInput Input, int Dimension, double AtMinimum, double AtMaximum)
{
    /// <summary>|AtMaximum − AtMinimum|: the width of the input's bar in a tornado chart.</summary>
    public double Swing => Math.Abs(AtMaximum - AtMinimum);
}
