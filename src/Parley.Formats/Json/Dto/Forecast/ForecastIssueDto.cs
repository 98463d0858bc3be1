using System.Text.Json.Serialization;
using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One issue of <c>parley forecast</c>: its scale, the actors' positions, whether the models agree, what every veto holder accepts, each model's forecast and the inputs that move the first model most.</summary>
/// <param name="Id">The issue's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Scale">How the 0–100 axis maps to the issue: its range and unit, or its options.</param>
/// <param name="Actors">The actors with a position on the issue, each with its position on the axis.</param>
/// <param name="Agreement">Whether weighted mean, weighted median, expected utility and spatial model agree, on the issue's scale.</param>
/// <param name="VetoHolders">The actors whose consent the issue needs.</param>
/// <param name="AcceptableToAll">The outcomes every veto holder accepts.</param>
/// <param name="Forecasts">One forecast per model, in the order asked.</param>
/// <param name="Sensitivity">The uncertain inputs, ordered by how far they move the first model's forecast (on the axis); empty without uncertainty.</param>
public sealed record ForecastIssueDto(
    string Id,
    string Name,
    ScaleDto Scale,
    IEnumerable<IssueActorDto> Actors,
    ModelAgreementDto Agreement,
    IEnumerable<string> VetoHolders,
    AcceptableToAllDto AcceptableToAll,
    IEnumerable<ModelForecastDto> Forecasts,
    IEnumerable<InputSensitivityDto> Sensitivity)
{
    /// <summary>The DTO of one issue's forecast.</summary>
    public static ForecastIssueDto From(IssueForecast issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var scale = issue.Scale;
        var actors = issue.Actors;
        return new ForecastIssueDto(
            issue.Id,
            issue.Name,
            ScaleDto.From(scale),
            Enumerable.Range(0, actors.Length).Select(i => new IssueActorDto(actors[i], issue.Positions[i])),
            ModelAgreementDto.From(issue.Agreement, scale),
            issue.VetoHolders.Select(a => actors[a]),
            AcceptableToAllDto.From(issue.AcceptableToAll, scale),
            Enumerable.Range(0, issue.Forecasts.Length).Select(f => ModelForecastDto.From(issue.Forecasts[f], issue.Uncertainty[f], issue.Assessments[f], scale, actors)),
            issue.Sensitivity.Select(e => InputSensitivityDto.OnAxis(e, actors)));
    }

    /// <summary>A number as JSON can hold it: null for NaN and infinities (a forecast with no valid draw).</summary>
    internal static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The id of the option nearest <paramref name="axis"/>, or null for an issue without options.</summary>
    internal static string? Option(IssueScale scale, double axis)
    {
        int at = scale.NearestOption(axis);
        return at >= 0 ? scale.Options[at].Id : null;
    }

    /// <summary>The actor ids of <paramref name="indices"/>.</summary>
    internal static IEnumerable<string> Ids(ImmutableArray<string> actors, IEnumerable<int> indices) => indices.Select(a => actors[a]);
}
