using System.Text.Json.Serialization;
using Parley.Core.Forecast;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>Whether the models agree on an issue, on the issue's scale.</summary>
/// <param name="Agree">True when their forecasts lie within a tenth of the scale of each other and, with options, land on one option.</param>
/// <param name="Low">The lowest forecast on the issue's scale (null when not a finite number).</param>
/// <param name="High">The highest forecast on the issue's scale (null when not a finite number).</param>
/// <param name="Models">The models compared, as vocabulary tokens (<c>weighted-mean</c>, <c>expected-utility</c> …).</param>
/// <param name="Options">With options, the distinct options the forecasts land on.</param>
public sealed record ModelAgreementDto(
    bool Agree,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Low,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? High,
    IEnumerable<string> Models,
    IEnumerable<string> Options)
{
    /// <summary>The DTO of the models' agreement on an issue with <paramref name="scale"/>.</summary>
    public static ModelAgreementDto From(ModelAgreement agreement, IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(scale);
        return new ModelAgreementDto(
            agreement.Agree,
            ForecastIssueDto.Finite(scale.ToIssueValue(agreement.Low)),
            ForecastIssueDto.Finite(scale.ToIssueValue(agreement.High)),
            agreement.Models.Select(m => Terms.Token(m)),
            agreement.Options.Select(i => scale.Options[i].Id));
    }
}
