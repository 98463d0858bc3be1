namespace Parley.Core.Agreement;

/// <summary>
/// The classic Kalai–Smorodinsky solution (Kalai and Smorodinsky 1975): the rational frontier points that
/// maximise the least relative gain min_i (u_i − d_i) / (I_i − d_i), where d is the disagreement point
/// (reservation values) and I the ideal point over the rational packages. On a continuous frontier this
/// is where the line from d to I meets the frontier; on a discrete one it is the point closest to that
/// line in the max-min sense.
/// </summary>
/// <remarks>
/// An actor whose ideal equals its reservation value (I_i − d_i ≤ tolerance) gains nothing anywhere and
/// is left out of the minimum. GENIUS's and NegMAS's "KS" are different rules:
/// <see cref="GeniusKalaiSmorodinskySolution"/> and <see cref="MinSpreadKalaiSmorodinskySolution"/>.
/// </remarks>
public static class KalaiSmorodinskySolution
{
    /// <summary>Finds the classic Kalai–Smorodinsky solution; all tied points are returned.</summary>
    public static BargainingSolution Find(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        var ideal = frontier.RationalIdealPoint;
        return SolutionSelection.Best(
            BargainingConcept.KalaiSmorodinsky,
            frontier.RationalPoints,
            p =>
            {
                double least = double.PositiveInfinity;
                for (int a = 0; a < frontier.ActorCount; a++)
                {
                    double range = ideal[a] - frontier.ReservationValues[a];
                    if (range > ParetoFrontier.Tolerance)
                    {
                        least = Math.Min(least, SolutionSelection.Gain(frontier, p, a) / range);
                    }
                }

                return double.IsPositiveInfinity(least) ? 1 : least;
            },
            maximise: true,
            SolutionSelection.NoRationalPoint);
    }
}
