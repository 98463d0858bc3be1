using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One quantile of a Monte Carlo distribution, on the axis.</summary>
/// <param name="Level">The level (0–1).</param>
/// <param name="Value">The quantile (null when not a finite number).</param>
public sealed record QuantileDto(double Level, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value);
