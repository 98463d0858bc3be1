namespace Parley.Core.Analysis;

/// <summary>One scanned time of a track's timeline.</summary>
/// <param name="Time">The time along the horizon.</param>
/// <param name="Open">Whether some package is acceptable to every consenting actor then.</param>
public sealed record TimelinePoint(double Time, bool Open);
