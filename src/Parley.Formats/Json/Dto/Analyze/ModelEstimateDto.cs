using Parley.Core.Analysis;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One forecast model's point forecast of an issue.</summary>
/// <param name="Model">The model's token (<c>weighted-mean</c>, <c>expected-utility</c> …).</param>
/// <param name="Value">The forecast on the scale, or null when the model gives none.</param>
/// <param name="NearestOption">The option nearest the forecast, for issues with options.</param>
/// <param name="Rounds">Rounds the model ran (0 for static models).</param>
/// <param name="Note">Why there is no value, or that the model did not converge.</param>
/// <param name="Shape">The reading, modes and spread of the model's Monte Carlo distribution (a point when no input is uncertain).</param>
/// <param name="Vetoes">Per veto holder, the share of draws it accepts and whether the point forecast is inside its red line.</param>
/// <param name="VetoAware">The forecast restricted to outcomes every veto holder accepts.</param>
/// <param name="Sensitivity">The inputs that move this model's forecast most (a tornado), largest swing first.</param>
public sealed record ModelEstimateDto(
    string Model,
    double? Value,
    string? NearestOption,
    int Rounds,
    string? Note,
    ForecastShapeDto Shape,
    IEnumerable<VetoShareDto> Vetoes,
    VetoAwareEstimateDto VetoAware,
    IEnumerable<SensitivityBarDto> Sensitivity)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ModelEstimateDto From(ModelEstimate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            Terms.Token(value.Model),
            value.Value,
            value.NearestOption,
            value.Rounds,
            value.Note,
            ForecastShapeDto.From(value.Shape),
            value.Vetoes.Select(VetoShareDto.From),
            VetoAwareEstimateDto.From(value.VetoAware),
            value.Sensitivity.Select(SensitivityBarDto.From));
    }
}
