using Parley.Core.Dynamics;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A stretch of the horizon during which a track's agreement space is not empty. Each end is known to lie between two times: the last time seen closed and the first time seen open (or the reverse).</summary>
/// <param name="OpensAfter">The last time seen closed before the window, or null when it is open from time 0.</param>
/// <param name="OpensBy">The first time seen open.</param>
/// <param name="ClosesAfter">The last time seen open.</param>
/// <param name="ClosesBy">The first time seen closed after the window, or null when it stays open to the horizon's end.</param>
/// <param name="OpensAfterDate">The calendar date of <c>OpensAfter</c> when the horizon has a calendar, or null.</param>
/// <param name="OpensByDate">The calendar date of <c>OpensBy</c> when the horizon has a calendar, or null.</param>
/// <param name="ClosesAfterDate">The calendar date of <c>ClosesAfter</c> when the horizon has a calendar, or null.</param>
/// <param name="ClosesByDate">The calendar date of <c>ClosesBy</c> when the horizon has a calendar, or null.</param>
/// <param name="OpenAtStart">True when the window is open at time 0.</param>
/// <param name="OpenAtEnd">True when the window is still open at the horizon's end.</param>
public sealed record DealWindowDto(
    double? OpensAfter,
    double OpensBy,
    double ClosesAfter,
    double? ClosesBy,
    DateOnly? OpensAfterDate,
    DateOnly? OpensByDate,
    DateOnly? ClosesAfterDate,
    DateOnly? ClosesByDate,
    bool OpenAtStart,
    bool OpenAtEnd)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static DealWindowDto From(DealWindow value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.OpensAfter,
            value.OpensBy,
            value.ClosesAfter,
            value.ClosesBy,
            value.OpensAfterDate,
            value.OpensByDate,
            value.ClosesAfterDate,
            value.ClosesByDate,
            value.OpenAtStart,
            value.OpenAtEnd);
    }
}
