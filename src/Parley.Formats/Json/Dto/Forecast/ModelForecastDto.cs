using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One model's forecast of an issue: its value on the axis and on the issue's scale, its rounds, its Monte Carlo distribution, reading, veto shares, veto-aware forecast and tornado.</summary>
/// <param name="Model">The model's vocabulary token (<c>weighted-mean</c>, <c>expected-utility</c> …), as <c>--model</c> accepts it.</param>
/// <param name="Value">The forecast on the 0–100 axis, or null when the model gives none.</param>
/// <param name="Converged">Whether a dynamic model converged; null without a value.</param>
/// <param name="RoundCount">Rounds the model ran (0 for static models).</param>
/// <param name="Rounds">The forecast after each round (dynamic models).</param>
/// <param name="Note">Why there is no value, or that the model did not converge; null (written) otherwise.</param>
/// <param name="Skipped">True when the model gives no value; absent otherwise.</param>
/// <param name="Quantiles">The Monte Carlo quantiles on the axis; absent when no input is uncertain.</param>
/// <param name="Uncertainty">The Monte Carlo distribution's runs, moments and acceptance shares; absent when no input is uncertain.</param>
/// <param name="ValueInUnit">The forecast on the issue's scale, or null.</param>
/// <param name="Option">The option nearest the forecast, or null.</param>
/// <param name="Reading"><c>point</c>, <c>split</c> or <c>undetermined</c>.</param>
/// <param name="Draws">Draws read (1 when no input is uncertain).</param>
/// <param name="Modes">Modes holding a real share of the draws, largest first, on the issue's scale.</param>
/// <param name="Spread">The 5/25/50/75/95 % quantiles on the issue's scale.</param>
/// <param name="Vetoes">Per veto holder, the share of draws it accepts and whether the point forecast is inside its red line.</param>
/// <param name="VetoedBy">The veto holders whose red line excludes the point forecast.</param>
/// <param name="VetoAware">The forecast restricted to outcomes every veto holder accepts.</param>
/// <param name="Sensitivity">The inputs that move this model's forecast most (a tornado, on the issue's scale), largest swing first.</param>
public sealed record ModelForecastDto(
    string Model,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Converged,
    int RoundCount,
    IEnumerable<double> Rounds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Note,
    bool? Skipped,
    IEnumerable<QuantileDto>? Quantiles,
    DistributionDto? Uncertainty,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ValueInUnit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Option,
    string Reading,
    int Draws,
    IEnumerable<ModeDto> Modes,
    SpreadDto Spread,
    IEnumerable<VetoDto> Vetoes,
    IEnumerable<string> VetoedBy,
    VetoAwareDto VetoAware,
    IEnumerable<InputSensitivityDto> Sensitivity)
{
    /// <summary>The DTO of one model's forecast, with its distribution (or null) and assessment, on an issue with <paramref name="scale"/>.</summary>
    public static ModelForecastDto From(ModelForecast forecast, ForecastDistribution? distribution, ForecastAssessment assessment, IssueScale scale, ImmutableArray<string> actors)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(scale);
        var shape = assessment.Shape;
        return new ModelForecastDto(
            Terms.Token(forecast.Model),
            forecast.Value,
            forecast.Value is null ? null : forecast.Converged,
            forecast.Rounds,
            forecast.Path,
            forecast.Note,
            forecast.Value is null ? true : null,
            distribution?.Quantiles.Select(q => new QuantileDto(q.Level, ForecastIssueDto.Finite(q.Value))),
            distribution is null ? null : DistributionDto.From(distribution, actors),
            forecast.Value is double v ? ForecastIssueDto.Finite(scale.ToIssueValue(v)) : null,
            forecast.Value is double w ? ForecastIssueDto.Option(scale, w) : null,
            EnumTokens.Of(shape.Reading),
            shape.Draws,
            shape.Modes.Select(m => ModeDto.From(m, scale)),
            SpreadDto.From(shape.Spread.Map(scale.ToIssueValue)),
            assessment.Vetoes.Select(c => new VetoDto(actors[c.Actor], ForecastIssueDto.Finite(c.Share), c.Accepted)),
            assessment.Vetoes.Where(c => !c.Accepted).Select(c => actors[c.Actor]),
            VetoAwareDto.From(assessment.VetoAware, scale),
            assessment.Sensitivity.Select(e => InputSensitivityDto.OnScale(e, scale, actors)));
    }
}
