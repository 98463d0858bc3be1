using System.Text.Json.Serialization;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>How an issue's 0–100 axis maps to the issue: a numeric range with its unit, or named options at points of the axis.</summary>
/// <param name="Min">The issue's value at axis 0.</param>
/// <param name="Max">Its value at axis 100.</param>
/// <param name="Unit">The unit of a numeric issue; null (written) for an axis or options.</param>
/// <param name="Options">The options with their points on the axis; empty for a numeric issue.</param>
public sealed record ScaleDto(
    double Min,
    double Max,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Unit,
    IEnumerable<ScaleOptionDto> Options)
{
    /// <summary>The DTO of a scale.</summary>
    public static ScaleDto From(IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new ScaleDto(scale.Min, scale.Max, scale.Unit, scale.Options.Select(o => new ScaleOptionDto(o.Id, o.Axis)));
    }
}
