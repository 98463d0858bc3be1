using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One bar of a forecast's tornado: how far one input moves it, forecasts on the scale.</summary>
/// <param name="ActorId">Whose input.</param>
/// <param name="Input"><c>capability</c>, <c>salience</c> or <c>position</c>.</param>
/// <param name="Min">The low end of the input's range (positions on the scale).</param>
/// <param name="Max">The high end.</param>
/// <param name="AtMinimum">The forecast with the input at <paramref name="Min" />.</param>
/// <param name="AtMaximum">The forecast with the input at <paramref name="Max" />.</param>
/// <param name="RangeStated">True when the range is the figure's stated uncertainty; false for the default probe of an exact figure.</param>
/// <param name="FlipsMode">True when this input alone, within its stated range, moves the forecast into another mode or onto another option.</param>
/// <param name="Swing">|AtMaximum − AtMinimum|.</param>
public sealed record SensitivityBarDto(
    string ActorId,
    string Input,
    double Min,
    double Max,
    double AtMinimum,
    double AtMaximum,
    bool RangeStated,
    bool FlipsMode,
    double Swing)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static SensitivityBarDto From(SensitivityBar value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ActorId,
            EnumTokens.Of(value.Input),
            value.Min,
            value.Max,
            value.AtMinimum,
            value.AtMaximum,
            value.RangeStated,
            value.FlipsMode,
            value.Swing);
    }
}
