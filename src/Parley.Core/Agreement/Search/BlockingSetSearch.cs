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
/// That repeated search is the second phase: the first is a single depth-first pass that keeps the
/// antichain of violated sets met so far (pruning every subtree whose certain violations contain a kept
/// set), which lists every minimal set at once when the budget allows; its sets are then sorted smallest
/// first and the first <c>maxSets</c> reported with the total count.
/// </remarks>
public static class BlockingSetSearch
{
    /// <summary>The default number of sets to report.</summary>
    public const int DefaultMaxSets = 20;

    /// <summary>The default work allowed to the single listing pass (see <see cref="Find"/>).</summary>
    public const long DefaultEnumerationWork = 250_000;

    /// <summary>Finds the minimal blocking sets of <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem; when its agreement space is not empty the result is empty and complete.</param>
    /// <param name="budget">Search budget shared by every round; when it runs out the sets so far are returned, flagged incomplete.</param>
    /// <param name="maxSets">Stop after this many sets (flagged incomplete when more may exist).</param>
    /// <param name="enumerationWork">
    /// Work allowed to the single pass that lists every minimal set and counts them (nodes plus antichain
    /// checks; deterministic). When it runs out, the sets are found one by one, smallest first, within
    /// <paramref name="budget"/>, and their total is not known.
    /// </param>
    public static BlockingSetResult Find(AgreementProblem problem, SearchBudget budget, int maxSets = DefaultMaxSets, long enumerationWork = DefaultEnumerationWork)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSets, 1);
        var search = new PackageSearch(problem);
        var demands = new DemandIndex(problem);

        // Phase 1: one pass that keeps the antichain of violated sets; exact and complete when it finishes.
        var all = new List<(ulong[] Set, int[] Package)>();
        var pass = search.EnumerateMinimalViolations(demands, new SearchBudget(enumerationWork), all);
        if (pass != SearchOutcome.BudgetExhausted)
        {
            var members = all.Select(x => (Members: demands.Members(x.Set), x.Package)).ToList();
            if (members.Count == 0 || members.Any(x => x.Members.IsEmpty))
            {
                return new BlockingSetResult([], true, "The agreement space is not empty: nothing blocks a deal.", 0);
            }

            // Smallest first; equal sizes in the order of their demand numbers (actor, then issue).
            members.Sort((x, y) =>
            {
                int bySize = x.Members.Length.CompareTo(y.Members.Length);
                if (bySize != 0)
                {
                    return bySize;
                }

                for (int k = 0; k < x.Members.Length; k++)
                {
                    int c = x.Members[k].CompareTo(y.Members[k]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return 0;
            });
            var listed = members.Take(maxSets).Select(x => new BlockingSet([.. x.Members.Select(d => demands.Demands[d])], ScoredPackage.Of(problem, x.Package))).ToImmutableArray();
            return listed.Length == members.Count
                ? new BlockingSetResult(listed, true, $"All {members.Count} minimal blocking sets.", members.Count)
                : new BlockingSetResult(listed, false, $"The {listed.Length} smallest of all {members.Count} minimal blocking sets.", members.Count);
        }

        // Phase 2: the pass ran out of budget, so its sets are not proven minimal. Find sets one by one,
        // smallest first, each proven minimal, within the caller's budget.
        return FindOneByOne(problem, search, demands, budget, maxSets);
    }

    /// <summary>The second phase alone (tests call it to check it against the oracle).</summary>
    internal static BlockingSetResult FindOneByOne(AgreementProblem problem, SearchBudget budget, int maxSets) =>
        FindOneByOne(problem, new PackageSearch(problem), new DemandIndex(problem), budget, maxSets);

    private static BlockingSetResult FindOneByOne(AgreementProblem problem, PackageSearch search, DemandIndex demands, SearchBudget budget, int maxSets)
    {
        var found = new List<ulong[]>();
        var sets = ImmutableArray.CreateBuilder<BlockingSet>();
        while (true)
        {
            var outcome = search.FindLeastViolating(demands, found, budget, out var violated, out var package);
            if (outcome == SearchOutcome.BudgetExhausted)
            {
                return new BlockingSetResult(sets.ToImmutable(), false,
                    $"The search budget ran out: these are the {sets.Count} minimal blocking sets found, smallest first; others may exist.", null);
            }

            if (outcome == SearchOutcome.None || violated is null || package is null)
            {
                return new BlockingSetResult(sets.ToImmutable(), true,
                    sets.Count == 0 ? "The agreement space is not empty: nothing blocks a deal." : $"All {sets.Count} minimal blocking sets.", sets.Count);
            }

            var members = demands.Members(violated);
            if (members.IsEmpty)
            {
                return new BlockingSetResult([], true, "The agreement space is not empty: nothing blocks a deal.", 0);
            }

            if (sets.Count == maxSets)
            {
                return new BlockingSetResult(sets.ToImmutable(), false,
                    $"Stopped at {maxSets} sets, smallest first; more minimal blocking sets exist.", null);
            }

            found.Add(violated);
            sets.Add(new BlockingSet([.. members.Select(d => demands.Demands[d])], ScoredPackage.Of(problem, package)));
        }
    }
}
