using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>What shuts a deal at one time.</summary>
/// <param name="ShutBy"><c>red-lines</c>, <c>walk-aways</c>, <c>red-lines-and-walk-aways</c> or <c>combination</c>.</param>
/// <param name="SmallestBlockingSet">Demands in the smallest blocking set, or null.</param>
/// <param name="WalkAwayShortfall">How far walk-away values overshoot, or null when red lines alone block.</param>
public sealed record GapDto(
    string ShutBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? SmallestBlockingSet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? WalkAwayShortfall);
