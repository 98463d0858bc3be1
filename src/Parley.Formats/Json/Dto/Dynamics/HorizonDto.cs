using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>The dynamics horizon.</summary>
/// <param name="Length">How long it is, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of time.</param>
/// <param name="Start">The calendar date of time 0 (<c>YYYY-MM-DD</c>), or null when not given.</param>
public sealed record HorizonDto(
    double Length,
    string Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Start);
