using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Core.Variants;

namespace Parley.Core.Dynamics;

/// <summary>
/// The gap over time: for each track and each date, the scenario as of that date (derived through the
/// variant key, <c>levers@date</c>, exactly as <c>--at</c> derives it) and how far its agreement problem is
/// from a deal (<see cref="AgreementGap"/>: the kind of demand that keeps it shut, the smallest blocking
/// set, the utility distance to the nearest acceptable package). Pure: the scenario is untouched.
/// </summary>
public static class GapOverTime
{
    /// <summary>The gap of each of <paramref name="tracks"/> as of each of <paramref name="dates"/>, date by date, then track by track.</summary>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="tracks">The tracks to measure.</param>
    /// <param name="dates">The dates, in the order wanted.</param>
    /// <param name="levers">The levers pulled (on a horizon with a calendar, each from its start time).</param>
    /// <param name="options">The agreement options (their search budget bounds the smallest-blocking-set search).</param>
    public static ImmutableArray<DatedGap> Of(Scenario scenario, IReadOnlyList<string> tracks, IReadOnlyList<DateOnly> dates, ImmutableArray<string> levers, AgreementOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(options);
        var result = ImmutableArray.CreateBuilder<DatedGap>(tracks.Count * dates.Count);
        foreach (var date in dates)
        {
            var derivation = ScenarioVariant.Derive(scenario, new VariantKey(levers.IsDefault ? [] : levers, null, date));
            foreach (var track in tracks)
            {
                if (derivation.Scenario is not { } dated)
                {
                    result.Add(new DatedGap(track, date, null, derivation.Failure));
                    continue;
                }

                if (!dated.Tracks.Contains(track))
                {
                    result.Add(new DatedGap(track, date, null, $"the scenario has no track '{track}'."));
                    continue;
                }

                var problem = AgreementProblem.From(dated, [track]);
                if (problem.ActorCount == 0 || problem.TracksWithoutPositions.Length == problem.Tracks.Length)
                {
                    result.Add(new DatedGap(track, date, null, "no consenting actor takes a position on this track."));
                    continue;
                }

                result.Add(new DatedGap(track, date, AgreementGap.Of(problem, options.NewBudget()), null));
            }
        }

        return result.MoveToImmutable();
    }
}
