using System.Text.Json.Serialization;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>The 5, 25, 50, 75 and 95 % quantiles of a forecast's distribution on the issue's scale; each null when not a finite number.</summary>
/// <param name="P05">5 %.</param>
/// <param name="P25">25 %.</param>
/// <param name="P50">50 % (the median).</param>
/// <param name="P75">75 %.</param>
/// <param name="P95">95 %.</param>
public sealed record SpreadDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P05,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P25,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P50,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P75,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P95)
{
    /// <summary>The DTO of a spread (already on the issue's scale).</summary>
    public static SpreadDto From(ForecastSpread spread) => new(
        ForecastIssueDto.Finite(spread.P05),
        ForecastIssueDto.Finite(spread.P25),
        ForecastIssueDto.Finite(spread.P50),
        ForecastIssueDto.Finite(spread.P75),
        ForecastIssueDto.Finite(spread.P95));
}
