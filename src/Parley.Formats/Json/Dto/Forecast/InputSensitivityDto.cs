using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One bar of a tornado: how far one uncertain input moves a forecast between the ends of its range.</summary>
/// <param name="Actor">Whose input.</param>
/// <param name="Input"><c>capability</c>, <c>position</c> or <c>salience</c>.</param>
/// <param name="Min">The low end of the input's range (a model's tornado: positions on the issue's scale).</param>
/// <param name="Max">The high end of the input's range.</param>
/// <param name="AtMinimum">The forecast with the input at <paramref name="Min"/> (null when not a finite number).</param>
/// <param name="AtMaximum">The forecast with the input at <paramref name="Max"/> (null when not a finite number).</param>
/// <param name="Swing">|<paramref name="AtMaximum"/> − <paramref name="AtMinimum"/>| (null when not a finite number).</param>
public sealed record InputSensitivityDto(
    string Actor,
    string Input,
    double Min,
    double Max,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? AtMinimum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? AtMaximum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Swing)
{
    /// <summary>In a model's tornado: true when the range is the figure's stated uncertainty, false for the default probe of an exact figure; absent in the issue's list.</summary>
    public bool? RangeStated { get; init; }

    /// <summary>In a model's tornado: true when this input alone moves the forecast into another mode or onto another option; absent in the issue's list.</summary>
    public bool? FlipsMode { get; init; }

    /// <summary>A bar of the issue's list: everything on the 0–100 axis.</summary>
    public static InputSensitivityDto OnAxis(SensitivityEntry entry, ImmutableArray<string> actors)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new InputSensitivityDto(
            actors[entry.Input.Actor],
            EnumTokens.Of(entry.Input.Kind),
            entry.Input.Distribution.Min,
            entry.Input.Distribution.Max,
            ForecastIssueDto.Finite(entry.AtMinimum),
            ForecastIssueDto.Finite(entry.AtMaximum),
            ForecastIssueDto.Finite(entry.Swing));
    }

    /// <summary>A bar of a model's tornado: forecasts and position ranges on the issue's scale.</summary>
    public static InputSensitivityDto OnScale(SensitivityEntry entry, IssueScale scale, ImmutableArray<string> actors)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(scale);
        bool position = entry.Input.Kind == ForecastInputKind.Position;
        double low = scale.ToIssueValue(entry.AtMinimum);
        double high = scale.ToIssueValue(entry.AtMaximum);
        return new InputSensitivityDto(
            actors[entry.Input.Actor],
            EnumTokens.Of(entry.Input.Kind),
            position ? scale.ToIssueValue(entry.Input.Distribution.Min) : entry.Input.Distribution.Min,
            position ? scale.ToIssueValue(entry.Input.Distribution.Max) : entry.Input.Distribution.Max,
            ForecastIssueDto.Finite(low),
            ForecastIssueDto.Finite(high),
            ForecastIssueDto.Finite(Math.Abs(high - low)))
        {
            RangeStated = entry.RangeStated,
            FlipsMode = entry.FlipsMode,
        };
    }
}
