namespace Parley.Core.Agreement;

/// <summary>
/// The utilitarian solution: the rational frontier points that maximise the sum of the actors'
/// utilities (social welfare; NegMAS <c>max_welfare_points</c>).
/// </summary>
public static class UtilitarianSolution
{
    /// <summary>Finds the utilitarian solution; all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return SolutionSelection.Best(
            BargainingConcept.Utilitarian,
            frontier.RationalPoints,
            p =>
            {
                double sum = 0;
                foreach (double u in p.Utilities)
                {
                    sum += u;
                }

                return sum;
            },
            maximise: true,
            SolutionSelection.NoRationalPoint);
    }
}
