namespace Parley.Core.Agreement;

/// <summary>
/// How far a problem is from a deal: which kind of demand keeps it shut, how many demands at least must be
/// relaxed, and by how much every walk-away value would have to fall for a package inside the red lines
/// to be acceptable to all (the utility distance to the nearest acceptable package).
/// </summary>
/// <param name="Barrier">Which kind of demand keeps the deal shut (<see cref="DealBarrier.None"/> when a deal exists).</param>
/// <param name="SmallestBlockingSet">
/// The size of the smallest minimal blocking set (0 when a deal exists), or null when the search budget ran out.
/// </param>
/// <param name="WalkAwayShortfall">
/// The least δ ≥ 0 such that lowering every binding walk-away value by δ makes some package inside every
/// binding red line acceptable to all (0 when a deal exists; within 1e-9), or null when no package lies
/// inside the red lines (then no fall of walk-away values opens a deal).
/// </param>
public sealed record AgreementGap(DealBarrier Barrier, int? SmallestBlockingSet, double? WalkAwayShortfall)
{
    private const int BisectionSteps = 60;

    /// <summary>Measures the gap of <paramref name="problem"/> exactly (bisection on the shortfall to 1e-9).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="budget">Budget of the smallest-blocking-set search (the other searches are exact and unbudgeted).</param>
    public static AgreementGap Of(AgreementProblem problem, SearchBudget budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(budget);
        var search = new PackageSearch(problem);
        if (search.FindAcceptable(null, null, SearchBudget.Unlimited, out _) == SearchOutcome.Found)
        {
            return new AgreementGap(DealBarrier.None, 0, 0);
        }

        int m = problem.ActorCount, n = problem.IssueCount;
        var allWalkAways = new bool[m];
        Array.Fill(allWalkAways, true);
        var allRedLines = new bool[m * n];
        Array.Fill(allRedLines, true);
        bool redLinesBlock = search.FindAcceptable(null, allWalkAways, SearchBudget.Unlimited, out _) != SearchOutcome.Found;
        bool walkAwaysBlock = search.FindAcceptable(allRedLines, null, SearchBudget.Unlimited, out _) != SearchOutcome.Found;
        var barrier = (redLinesBlock, walkAwaysBlock) switch
        {
            (true, true) => DealBarrier.RedLinesAndWalkAways,
            (true, false) => DealBarrier.RedLines,
            (false, true) => DealBarrier.WalkAways,
            _ => DealBarrier.Combination,
        };

        var demands = new DemandIndex(problem);
        int? smallest = null;
        if (search.FindLeastViolating(demands, [], budget, out var violated, out _) == SearchOutcome.Found && violated is not null)
        {
            smallest = demands.Members(violated).Length;
        }

        return new AgreementGap(barrier, smallest, redLinesBlock ? null : Shortfall(problem));
    }

    // Bisection on δ: "some package inside the red lines meets every walk-away value lowered by δ" is
    // monotone in δ; at hi every package does (hi covers each actor's reservation minus its least utility).
    private static double Shortfall(AgreementProblem problem)
    {
        double lo = 0, hi = 0;
        foreach (var u in problem.Utilities)
        {
            hi = Math.Max(hi, u.ReservationValue - u.Min());
        }

        hi += 2 * AgreementProblem.Tolerance;
        for (int step = 0; step < BisectionSteps && hi - lo > AgreementProblem.Tolerance; step++)
        {
            double mid = lo + ((hi - lo) / 2);
            if (new PackageSearch(problem.WithReservationShift(mid)).FindAcceptable(null, null, SearchBudget.Unlimited, out _) == SearchOutcome.Found)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }
}
