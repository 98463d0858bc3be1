namespace Parley.Core.Agreement;

/// <summary>
/// The egalitarian solution (Kalai 1977): the rational frontier points that maximise the least absolute
/// gain min_i (u_i − d_i) over the disagreement point. NegMAS calls this "Kalai" (<c>kalai_points</c>).
/// </summary>
public static class EgalitarianSolution
{
    /// <summary>Finds the egalitarian solution; all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return SolutionSelection.Best(
            BargainingConcept.Egalitarian,
            frontier.RationalPoints,
            p =>
            {
                double least = double.PositiveInfinity;
                for (int a = 0; a < frontier.ActorCount; a++)
                {
                    least = Math.Min(least, SolutionSelection.Gain(frontier, p, a));
                }

                return least;
            },
            maximise: true,
            SolutionSelection.NoRationalPoint);
    }
}
