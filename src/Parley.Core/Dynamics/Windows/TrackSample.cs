using Parley.Core.Agreement;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>The agreement lens on one track at one time.</summary>
/// <param name="Time">The time on the horizon.</param>
/// <param name="Verdict">Is there a deal at that time?</param>
/// <param name="Space">The agreement space at that time.</param>
/// <param name="Nash">The Nash solution when the space is not empty (and the frontier was asked for); null otherwise.</param>
/// <param name="NashPackages">The packages of the Nash points, written as <c>issue=option, …</c>; empty when there is none.</param>
/// <param name="WalkAways">Each consenting actor's walk-away value at that time, aligned with <see cref="TrackWindows.ActorIds"/>.</param>
/// <param name="Explanation">The agreement lens's explanation at that time.</param>
public sealed record TrackSample(
    double Time,
    AgreementVerdict Verdict,
    AgreementSpaceResult Space,
    BargainingSolution? Nash,
    System.Collections.Immutable.ImmutableArray<string> NashPackages,
    System.Collections.Immutable.ImmutableArray<double> WalkAways,
    string Explanation)
{
    /// <summary>
    /// The gap at this time when no deal exists (which kind of demand keeps it shut, the smallest blocking
    /// set, the walk-away shortfall); null when a deal exists.
    /// </summary>
    public AgreementGap? Gap { get; init; }

    /// <summary>The calendar date of <see cref="Time"/> when the horizon has a calendar, or null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>True when a deal exists at this time.</summary>
    public bool Open => Verdict == AgreementVerdict.AgreementPossible;
}
