using System.Collections.Immutable;

namespace Parley.Core.EndStates;

/// <summary>Where the conflict ends: every named end state, as given or under levers.</summary>
/// <param name="Levers">The levers pulled.</param>
/// <param name="Draws">Draws made (1 when the scenario has no uncertain figure: the run is exact).</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="PathEnd">
/// The conflict state where the status-quo path ends (the nearest equilibrium of the path concept reachable
/// by improvements; the smallest index among the nearest), or null without a conflict, without a status quo,
/// or when no such equilibrium is reachable.
/// </param>
/// <param name="EndStates">One result per end state, in scenario order.</param>
/// <param name="Unmatched">Share of draws whose outcome lies in no end state.</param>
/// <param name="Overlapping">Share of draws whose outcome lies in more than one end state.</param>
public sealed record EndStateReport(
    ImmutableArray<string> Levers,
    int Draws,
    int Seed,
    int? PathEnd,
    ImmutableArray<EndStateResult> EndStates,
    double Unmatched,
    double Overlapping)
{
    /// <summary>
    /// True when every draw's outcome lies in exactly one end state: the end states partition the outcomes
    /// and their probabilities sum to 1.
    /// </summary>
    public bool IsPartition => Unmatched == 0 && Overlapping == 0;
}
