using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The 5, 25, 50, 75 and 95 % quantiles of a forecast's distribution (type 7 interpolation).</summary>
/// <param name="P05">5 %.</param>
/// <param name="P25">25 %.</param>
/// <param name="P50">50 % (the median).</param>
/// <param name="P75">75 %.</param>
/// <param name="P95">95 %.</param>
/// <param name="Width90">Width of the 5–95 % interval.</param>
public sealed record ForecastSpreadDto(
    double P05,
    double P25,
    double P50,
    double P75,
    double P95,
    double Width90)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ForecastSpreadDto From(ForecastSpread value)
    {
        return new(
            value.P05,
            value.P25,
            value.P50,
            value.P75,
            value.P95,
            value.Width90);
    }
}
