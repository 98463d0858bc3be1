using System.Text.Json.Serialization;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>A model's forecast restricted to the outcomes every veto holder accepts, on the issue's scale.</summary>
/// <param name="Value">The nearest outcome every veto holder accepts, or null when there is none.</param>
/// <param name="Option">Its option, or null.</param>
/// <param name="NoneAcceptable">True when no outcome is acceptable to every veto holder.</param>
/// <param name="Moved">True when the model's own forecast would be vetoed and the restriction moved it.</param>
/// <param name="ShareAcceptable">The share of draws every veto holder accepts (null without draws).</param>
public sealed record VetoAwareDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Option,
    bool NoneAcceptable,
    bool Moved,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ShareAcceptable)
{
    /// <summary>The DTO of a veto-aware forecast on the axis, put on <paramref name="scale"/>.</summary>
    public static VetoAwareDto From(VetoAwareForecast aware, IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new VetoAwareDto(
            aware.Value is double a ? ForecastIssueDto.Finite(scale.ToIssueValue(a)) : null,
            aware.Value is double b ? ForecastIssueDto.Option(scale, b) : null,
            aware.NoneAcceptable,
            aware.Moved,
            ForecastIssueDto.Finite(aware.ShareAcceptable));
    }
}
