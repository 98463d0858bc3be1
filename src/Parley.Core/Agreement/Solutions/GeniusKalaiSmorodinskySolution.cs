namespace Parley.Core.Agreement;

/// <summary>
/// The "Kalai–Smorodinsky" point as GENIUS 10.4 computes it (<c>BidSpace.getKalaiSmorodinsky</c>): the
/// points of the <em>unfiltered</em> frontier that minimise |u_a − u_b|, the distance from the diagonal of
/// raw utilities, ignoring reservation values. For more than two actors Parley generalises it to the
/// spread max_i u_i − min_i u_i. The value reported is that smallest spread.
/// </summary>
public static class GeniusKalaiSmorodinskySolution
{
    /// <summary>Finds GENIUS's KS point(s); all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return SolutionSelection.Best(
            BargainingConcept.GeniusKalaiSmorodinsky,
            frontier.Points,
            p =>
            {
                double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
                foreach (double u in p.Utilities)
                {
                    lo = Math.Min(lo, u);
                    hi = Math.Max(hi, u);
                }

                return hi - lo;
            },
            maximise: false,
            "The problem has no package.");
    }
}
