using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>The agreement lens at one time.</summary>
/// <param name="Time">The time.</param>
/// <param name="Date">Its calendar date (<c>YYYY-MM-DD</c>), or null.</param>
/// <param name="Open">True when a deal exists.</param>
/// <param name="Verdict">The verdict: <c>agreement-possible</c>, <c>no-agreement</c> or <c>no-positions</c>.</param>
/// <param name="WalkAways">Actor id → walk-away value at that time.</param>
/// <param name="Gap">What shuts the deal, or null when one exists.</param>
/// <param name="Nash">The Nash solution, or null when there is no deal.</param>
public sealed record SampleDto(
    double Time,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Date,
    bool Open,
    string Verdict,
    IReadOnlyDictionary<string, double> WalkAways,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] GapDto? Gap,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] NashDto? Nash);
