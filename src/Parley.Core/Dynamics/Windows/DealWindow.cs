using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>
/// A stretch of the horizon during which a track's agreement space is not empty. Each end is known to
/// lie between two times: the last time seen closed and the first time seen open (or the reverse).
/// </summary>
/// <param name="OpensAfter">The last time seen closed before the window, or null when it is open from time 0.</param>
/// <param name="OpensBy">The first time seen open.</param>
/// <param name="ClosesAfter">The last time seen open.</param>
/// <param name="ClosesBy">The first time seen closed after the window, or null when it stays open to the horizon's end.</param>
public sealed record DealWindow(double? OpensAfter, double OpensBy, double ClosesAfter, double? ClosesBy)
{
    /// <summary>The calendar date of <see cref="OpensAfter"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? OpensAfterDate { get; init; }

    /// <summary>The calendar date of <see cref="OpensBy"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? OpensByDate { get; init; }

    /// <summary>The calendar date of <see cref="ClosesAfter"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? ClosesAfterDate { get; init; }

    /// <summary>The calendar date of <see cref="ClosesBy"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? ClosesByDate { get; init; }

    /// <summary>True when the window is open at time 0.</summary>
    public bool OpenAtStart => OpensAfter is null;

    /// <summary>True when the window is still open at the horizon's end.</summary>
    public bool OpenAtEnd => ClosesBy is null;
}
