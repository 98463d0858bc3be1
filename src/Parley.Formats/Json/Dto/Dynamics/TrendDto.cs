using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>How one actor's walk-away value or capability moves over the horizon.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Figure"><c>walk-away</c> or <c>capability</c>.</param>
/// <param name="Curve"><c>linear</c>, <c>steps</c> or <c>series</c>.</param>
/// <param name="Points">The curve's points.</param>
/// <param name="Basis"><c>stated</c> or <c>assumption</c>.</param>
/// <param name="Sources">Source ids.</param>
/// <param name="Note">The modeller's note, or null.</param>
public sealed record TrendDto(
    string Actor,
    string Figure,
    string Curve,
    IEnumerable<TimePointDto> Points,
    string Basis,
    IEnumerable<string> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Note);
