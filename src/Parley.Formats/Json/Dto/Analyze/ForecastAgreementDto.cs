using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>Whether the models agree on an issue (weighted mean, weighted median, expected utility, spatial model), on the scale.</summary>
/// <param name="Agree">True when their forecasts lie within a tenth of the scale of each other and, with options, land on one option.</param>
/// <param name="Low">Lowest forecast.</param>
/// <param name="High">Highest forecast.</param>
/// <param name="Options">With options, the distinct options the forecasts land on.</param>
public sealed record ForecastAgreementDto(
    bool Agree,
    double Low,
    double High,
    IEnumerable<string> Options)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ForecastAgreementDto From(ForecastAgreement value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Agree,
            value.Low,
            value.High,
            value.Options);
    }
}
