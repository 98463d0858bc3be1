using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>One track along the horizon: every sample, and the windows in which a deal exists.</summary>
/// <param name="Track">The track.</param>
/// <param name="ActorIds">The actors whose consent the track needs (the order of utilities and walk-away values).</param>
/// <param name="Samples">The samples, in ascending time (grid, breakpoints, lever starts and bisection points).</param>
/// <param name="Windows">The stretches with a non-empty agreement space, in order.</param>
/// <param name="Explanation">One or two sentences on when the window opens and closes.</param>
public sealed record TrackWindows(
    string Track,
    ImmutableArray<string> ActorIds,
    ImmutableArray<TrackSample> Samples,
    ImmutableArray<DealWindow> Windows,
    string Explanation);
