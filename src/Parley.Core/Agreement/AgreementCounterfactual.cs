using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// Mechanism tests and sensitivity probes for the agreement lens: the same problem with actors'
/// consent and red lines dropped, or with one actor's walk-away value changed. Pure functions: the
/// problem given is not changed.
/// </summary>
public static class AgreementCounterfactual
{
    /// <summary>
    /// The problem without the actors <paramref name="actorIds"/>: a deal no longer needs their consent,
    /// so neither their red lines nor their walk-away values bind. Ids that name no consenting actor are ignored.
    /// </summary>
    public static AgreementProblem WithoutActors(AgreementProblem problem, IEnumerable<string> actorIds)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(actorIds);
        var drop = actorIds.ToHashSet(StringComparer.Ordinal);
        var keep = Enumerable.Range(0, problem.ActorCount).Where(a => !drop.Contains(problem.ActorIds[a])).ToList();
        return Rebuild(problem, keep, problem.Utilities);
    }

    /// <summary>The problem with actor <paramref name="actor"/>'s walk-away (reservation) value set to <paramref name="reservationValue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such actor.</exception>
    public static AgreementProblem WithWalkAway(AgreementProblem problem, int actor, double reservationValue)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if ((uint)actor >= (uint)problem.ActorCount)
        {
            throw new ArgumentOutOfRangeException(nameof(actor), actor, $"Must be in [0, {problem.ActorCount}).");
        }

        var old = problem.Utilities[actor];
        var utilities = problem.Utilities.SetItem(actor, new AdditiveUtility(old.Contributions, reservationValue) { Ceiling = old.Ceiling });
        return Rebuild(problem, [.. Enumerable.Range(0, problem.ActorCount)], utilities);
    }

    private static AgreementProblem Rebuild(AgreementProblem problem, List<int> keep, ImmutableArray<AdditiveUtility> utilities)
    {
        int n = problem.IssueCount;
        var allowed = keep.Select(a => Enumerable.Range(0, n)
            .Select(i => Enumerable.Range(0, problem.Space.Cardinalities[i]).Select(o => problem.IsAllowed(a, i, o)).ToImmutableArray())
            .ToImmutableArray()).ToImmutableArray();
        var needs = keep.Select(a => Enumerable.Range(0, n).Select(i => problem.NeedsConsent(a, i)).ToImmutableArray()).ToImmutableArray();
        return new AgreementProblem(
            problem.Space,
            problem.IssueIds,
            [.. keep.Select(a => problem.ActorIds[a])],
            [.. keep.Select(a => utilities[a])],
            allowed,
            needs,
            problem.Tracks,
            problem.Notes,
            [.. keep.Select(a => problem.RedLineSources[a])],
            [.. keep.Select(a => problem.WalkAwaySources[a])],
            problem.OptionNumbers,
            problem.TracksWithoutPositions);
    }
}
