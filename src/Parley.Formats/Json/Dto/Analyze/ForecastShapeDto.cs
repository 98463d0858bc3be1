using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>What a forecast's distribution says, on the scale (see <c>DistributionReading</c>).</summary>
/// <param name="Reading"><c>point</c>, <c>split</c> or <c>undetermined</c>.</param>
/// <param name="Modes">Modes holding a real share of the draws, largest first.</param>
/// <param name="Spread">5/25/50/75/95 % quantiles.</param>
/// <param name="Draws">Draws read (1 when no input is uncertain).</param>
public sealed record ForecastShapeDto(
    string Reading,
    IEnumerable<ModeEstimateDto> Modes,
    ForecastSpreadDto Spread,
    int Draws)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ForecastShapeDto From(ForecastShape value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            EnumTokens.Of(value.Reading),
            value.Modes.Select(ModeEstimateDto.From),
            ForecastSpreadDto.From(value.Spread),
            value.Draws);
    }
}
