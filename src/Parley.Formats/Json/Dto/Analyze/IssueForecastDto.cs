using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The forecast lens on one issue.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Name">Its name.</param>
/// <param name="Track">Its track.</param>
/// <param name="AxisMin">The low end of the issue's scale.</param>
/// <param name="AxisMax">The high end.</param>
/// <param name="Unit">The unit of a numeric issue, or "axis 0–100" for issues with options.</param>
/// <param name="Positions">Each actor's stated position on the scale, as (actor, value).</param>
/// <param name="Models">Point forecasts of each model.</param>
/// <param name="Path">The expected-utility model's forecast after each round, starting from the initial positions.</param>
/// <param name="Uncertainty">The Monte Carlo spread of the expected-utility forecast.</param>
/// <param name="Agreement">Whether weighted mean, weighted median, expected utility and spatial model agree.</param>
/// <param name="VetoHolders">The actors whose consent the issue needs, among those with a position on it.</param>
/// <param name="NoOutcomeAcceptableToAll">True when the veto holders' red lines leave no outcome on this issue.</param>
public sealed record IssueForecastDto(
    string IssueId,
    string Name,
    string Track,
    double AxisMin,
    double AxisMax,
    string Unit,
    IEnumerable<ActorPositionDto> Positions,
    IEnumerable<ModelEstimateDto> Models,
    IEnumerable<double> Path,
    ForecastUncertaintyDto Uncertainty,
    ForecastAgreementDto Agreement,
    IEnumerable<string> VetoHolders,
    bool NoOutcomeAcceptableToAll)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static IssueForecastDto From(IssueForecast value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.IssueId,
            value.Name,
            value.Track,
            value.AxisMin,
            value.AxisMax,
            value.Unit,
            value.Positions.Select(ActorPositionDto.From),
            value.Models.Select(ModelEstimateDto.From),
            value.Path,
            ForecastUncertaintyDto.From(value.Uncertainty),
            ForecastAgreementDto.From(value.Agreement),
            value.VetoHolders,
            value.NoOutcomeAcceptableToAll);
    }
}
