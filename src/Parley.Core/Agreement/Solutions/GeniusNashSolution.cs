namespace Parley.Core.Agreement;

/// <summary>
/// The Nash point as GENIUS 10.4 (<c>BidSpace.getNash</c>) computes it: the product of gains over the
/// reservation values maximised over the <em>unfiltered</em> frontier, so a point below a reservation
/// value can win when two gains are negative. Kept for comparison with GENIUS; prefer <see cref="NashSolution"/>.
/// </summary>
public static class GeniusNashSolution
{
    /// <summary>Finds GENIUS's Nash point; all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return SolutionSelection.Best(BargainingConcept.GeniusNash, frontier.Points, p => NashSolution.Product(frontier, p), maximise: true, "The problem has no package.");
    }
}
