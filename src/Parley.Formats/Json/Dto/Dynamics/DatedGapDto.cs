using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>One track's gap as of the date of <c>dynamics --at</c>.</summary>
/// <param name="Track">The track.</param>
/// <param name="Date">The date (<c>YYYY-MM-DD</c>).</param>
/// <param name="Open">True when a deal exists as of the date; null when the track could not be analysed.</param>
/// <param name="ShutBy">What keeps a deal shut (<c>none</c>, <c>red-lines</c>, <c>walk-aways</c>, <c>red-lines-and-walk-aways</c>, <c>combination</c>), or null.</param>
/// <param name="SmallestBlockingSet">Demands in the smallest blocking set, or null.</param>
/// <param name="WalkAwayShortfall">How far walk-away values overshoot, or null.</param>
/// <param name="Failure">Why the track could not be analysed as of the date, or null.</param>
public sealed record DatedGapDto(
    string Track,
    string Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Open,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ShutBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? SmallestBlockingSet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? WalkAwayShortfall,
    string? Failure);
