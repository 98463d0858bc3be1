using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Analysis;

/// <summary>The windows lens on one track: when along the horizon a deal is possible.</summary>
/// <param name="Track">The track.</param>
/// <param name="Horizon">The horizon's length.</param>
/// <param name="Unit">Its unit (months, weeks …).</param>
/// <param name="Start">The calendar start of the horizon, if given.</param>
/// <param name="Samples">Times scanned, with whether the agreement space is open then.</param>
/// <param name="Windows">The open windows, each with the interval its ends are known to lie in.</param>
/// <param name="Explanation">The answer in sentences.</param>
public sealed record TrackTimeline(
    string Track,
    double Horizon,
    string Unit,
    string? Start,
    ImmutableArray<TimelinePoint> Samples,
    ImmutableArray<DealWindow> Windows,
    string Explanation);
