using System.Text.Json.Serialization;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One mode of a forecast's distribution, on the issue's scale.</summary>
/// <param name="Value">The median of the draws in the mode (null when not a finite number).</param>
/// <param name="Option">The option nearest to it, or null (written) for an issue without options.</param>
/// <param name="Share">The share of draws in the mode (0–1).</param>
/// <param name="Low">The smallest draw in the mode (null when not a finite number).</param>
/// <param name="High">The largest draw in the mode (null when not a finite number).</param>
public sealed record ModeDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Option,
    double Share,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Low,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? High)
{
    /// <summary>The DTO of a mode on the axis, put on <paramref name="scale"/>.</summary>
    public static ModeDto From(ForecastMode mode, IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new ModeDto(
            ForecastIssueDto.Finite(scale.ToIssueValue(mode.Value)),
            ForecastIssueDto.Option(scale, mode.Value),
            mode.Share,
            ForecastIssueDto.Finite(scale.ToIssueValue(mode.Low)),
            ForecastIssueDto.Finite(scale.ToIssueValue(mode.High)));
    }
}
