using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>When, along the horizon, each track's agreement space is open, and the Nash solution over time.</summary>
/// <param name="Horizon">The horizon scanned.</param>
/// <param name="Levers">The levers pulled (each from its start time).</param>
/// <param name="Step">The time between grid samples.</param>
/// <param name="Tracks">One entry per track followed, in scenario order.</param>
public sealed record DealWindowsResult(Horizon Horizon, ImmutableArray<string> Levers, double Step, ImmutableArray<TrackWindows> Tracks);
