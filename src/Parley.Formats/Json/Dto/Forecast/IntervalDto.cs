using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>An interval on an issue's scale.</summary>
/// <param name="Low">Its low end (null when not a finite number).</param>
/// <param name="High">Its high end (null when not a finite number).</param>
public sealed record IntervalDto([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Low, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? High);
