using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>A stretch of the horizon in which a deal exists; each end lies between its two times. Absent ends are written as null.</summary>
/// <param name="OpensAfter">Latest time known closed before it opens; null when open from time 0.</param>
/// <param name="OpensBy">Earliest time known open.</param>
/// <param name="ClosesAfter">Latest time known open.</param>
/// <param name="ClosesBy">Earliest time known closed after it; null when open to the end.</param>
/// <param name="OpensAfterDate">Calendar date of <paramref name="OpensAfter"/> (<c>YYYY-MM-DD</c>), or null.</param>
/// <param name="OpensByDate">Calendar date of <paramref name="OpensBy"/>, or null.</param>
/// <param name="ClosesAfterDate">Calendar date of <paramref name="ClosesAfter"/>, or null.</param>
/// <param name="ClosesByDate">Calendar date of <paramref name="ClosesBy"/>, or null.</param>
public sealed record WindowDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? OpensAfter,
    double OpensBy,
    double ClosesAfter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ClosesBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? OpensAfterDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? OpensByDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ClosesAfterDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ClosesByDate);
