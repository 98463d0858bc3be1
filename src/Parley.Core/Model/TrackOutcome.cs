namespace Parley.Core.Model;

/// <summary>Part of an <see cref="EndState"/>: a deal is possible on a track, or not.</summary>
/// <param name="Track">The track.</param>
/// <param name="Agreement">True: the track's agreement space is not empty; false: it is empty.</param>
public sealed record TrackOutcome(string Track, bool Agreement);
