using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>How often one actor accepts a model's forecast over the draws.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Probability">The share of draws inside its red line (null when not a finite number).</param>
/// <param name="StandardError">Its standard error (null when not a finite number).</param>
public sealed record AcceptanceDto(string Actor, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Probability, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? StandardError);
