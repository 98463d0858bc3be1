using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// Finds the minimal sets of demands that block every deal, smallest first.
/// </summary>
/// <remarks>
/// A set S of demands opens the space when some package violates no demand outside S. So the minimal
/// blocking sets are exactly the minimal elements of { V(p) : p a package }, where V(p) is the set of
/// demands package p violates (hitting-set duality: they are the minimal correction sets of the
/// constraint system). The search repeats one branch and bound: find a package whose violated set has the
/// fewest demands among those containing no set found before. Its violated set is then minimal (a proper
/// subset would have been found first, or would contain a set found first), and sets come out smallest
/// first. When no such package remains, the list is complete. The bound counts the demands violated so far,
/// walk-away values that can no longer be met, and the fewest red lines each remaining issue must break.
/// </remarks>
public static class BlockingSetSearch
{
    /// <summary>The default number of sets to report.</summary>
    public const int DefaultMaxSets = 20;

    /// <summary>Finds the minimal blocking sets of <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem; when its agreement space is not empty the result is empty and complete.</param>
    /// <param name="budget">Search budget shared by every round; when it runs out the sets so far are returned, flagged incomplete.</param>
    /// <param name="maxSets">Stop after this many sets (flagged incomplete when more may exist).</param>
    public static BlockingSetResult Find(AgreementProblem problem, SearchBudget budget, int maxSets = DefaultMaxSets)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSets, 1);
        var search = new PackageSearch(problem);
        var demands = new DemandIndex(problem);
        var found = new List<ulong[]>();
        var sets = ImmutableArray.CreateBuilder<BlockingSet>();
        while (true)
        {
            var outcome = search.FindLeastViolating(demands, found, budget, out var violated, out var package);
            if (outcome == SearchOutcome.BudgetExhausted)
            {
                return new BlockingSetResult(sets.ToImmutable(), false,
                    $"The search budget ran out: these are the {sets.Count} minimal blocking sets found, smallest first; others may exist.");
            }

            if (outcome == SearchOutcome.None || violated is null || package is null)
            {
                return new BlockingSetResult(sets.ToImmutable(), true,
                    sets.Count == 0 ? "The agreement space is not empty: nothing blocks a deal." : $"All {sets.Count} minimal blocking sets.");
            }

            var members = demands.Members(violated);
            if (members.IsEmpty)
            {
                return new BlockingSetResult([], true, "The agreement space is not empty: nothing blocks a deal.");
            }

            if (sets.Count == maxSets)
            {
                return new BlockingSetResult(sets.ToImmutable(), false,
                    $"Stopped at {maxSets} sets, smallest first; more minimal blocking sets exist.");
            }

            found.Add(violated);
            sets.Add(new BlockingSet([.. members.Select(d => demands.Demands[d])], ScoredPackage.Of(problem, package)));
        }
    }
}
