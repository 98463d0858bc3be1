namespace Parley.Core.Agreement;

/// <summary>
/// The Nash bargaining solution (Nash 1950): the rational frontier points that maximise the product of
/// the actors' gains over the disagreement point (their reservation values).
/// </summary>
public static class NashSolution
{
    /// <summary>Finds the Nash solution; all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return SolutionSelection.Best(BargainingConcept.Nash, frontier.RationalPoints, p => Product(frontier, p), maximise: true, SolutionSelection.NoRationalPoint);
    }

    /// <summary>The product of gains over the reservation values at a point.</summary>
    internal static double Product(ParetoFrontier frontier, FrontierPoint p)
    {
        double product = 1;
        for (int a = 0; a < frontier.ActorCount; a++)
        {
            product *= SolutionSelection.Gain(frontier, p, a);
        }

        return product;
    }
}
