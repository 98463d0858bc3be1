using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>A model's Monte Carlo distribution on an issue's axis.</summary>
/// <param name="Runs">Draws that gave a forecast.</param>
/// <param name="Mean">Mean forecast (null when not a finite number).</param>
/// <param name="StandardDeviation">Standard deviation of the forecasts (null when not a finite number).</param>
/// <param name="StandardError">Standard error of the mean (null when not a finite number).</param>
/// <param name="Acceptance">Per actor with a red line, the probability that the forecast lies inside it.</param>
public sealed record DistributionDto(
    int Runs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Mean,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? StandardDeviation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? StandardError,
    IEnumerable<AcceptanceDto> Acceptance)
{
    /// <summary>The DTO of a distribution whose actor indices point into <paramref name="actors"/>.</summary>
    public static DistributionDto From(ForecastDistribution distribution, ImmutableArray<string> actors)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return new DistributionDto(
            distribution.Runs,
            ForecastIssueDto.Finite(distribution.Mean),
            ForecastIssueDto.Finite(distribution.StandardDeviation),
            ForecastIssueDto.Finite(distribution.StandardError),
            distribution.Acceptance.Select(a => new AcceptanceDto(actors[a.Actor], ForecastIssueDto.Finite(a.Probability), ForecastIssueDto.Finite(a.StandardError))));
    }
}
