using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>How a forecast fares with one veto holder.</summary>
/// <param name="Actor">The veto holder.</param>
/// <param name="Share">The share of draws inside its acceptable set (null when not a finite number).</param>
/// <param name="Accepted">Whether the point forecast lies inside its acceptable set.</param>
public sealed record VetoDto(string Actor, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Share, bool Accepted);
