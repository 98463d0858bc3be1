using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>How <see cref="DealWindows.Over"/> scans the horizon.</summary>
public sealed record DealWindowOptions
{
    /// <summary>
    /// Time between samples, in the horizon's unit; null for one twenty-fourth of the horizon (monthly on
    /// a 24-month horizon). Trend breakpoints and lever start times are always sampled as well.
    /// </summary>
    public double? Step { get; init; }

    /// <summary>
    /// How closely a change of verdict between two samples is pinned down by bisection, in the horizon's
    /// unit; null for one sixty-fourth of the step. 0 turns bisection off (changes are then located only
    /// to the samples around them).
    /// </summary>
    public double? Precision { get; init; }

    /// <summary>Levers pulled, each taking effect from its <see cref="Model.Lever.StartsAt"/>.</summary>
    public ImmutableArray<string> Levers { get; init; } = [];

    /// <summary>The tracks to follow; every track when empty.</summary>
    public ImmutableArray<string> Tracks { get; init; } = [];

    /// <summary>
    /// Options of the agreement analysis made at each sample (its
    /// <see cref="AgreementOptions.Tracks"/> are ignored: the ones above apply).
    /// </summary>
    public AgreementOptions Agreement { get; init; } = new();
}
