namespace Parley.Core.Agreement;

/// <summary>
/// NegMAS's "Kalai–Smorodinsky" (<c>ks_points</c>): the rational frontier points that minimise the spread
/// max_i g_i − min_i g_i of the normalised gains g_i = (u_i − d_i) / (M_i − d_i), where M_i is actor i's
/// best utility over <em>all</em> packages (not only the rational ones, unlike the classic ideal point).
/// The value reported is that smallest spread.
/// </summary>
/// <remarks>An actor with M_i − d_i ≤ tolerance gets g_i = 1 (it has nothing to gain).</remarks>
public static class MinSpreadKalaiSmorodinskySolution
{
    /// <summary>Finds the min-spread point(s); all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        var best = frontier.IdealPoint;
        return SolutionSelection.Best(
            BargainingConcept.MinSpreadKalaiSmorodinsky,
            frontier.RationalPoints,
            p =>
            {
                double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
                for (int a = 0; a < frontier.ActorCount; a++)
                {
                    double range = best[a] - frontier.ReservationValues[a];
                    double g = range > ParetoFrontier.Tolerance ? SolutionSelection.Gain(frontier, p, a) / range : 1;
                    lo = Math.Min(lo, g);
                    hi = Math.Max(hi, g);
                }

                return hi - lo;
            },
            maximise: false,
            SolutionSelection.NoRationalPoint);
    }
}
