namespace Parley.Core.Forecast;

/// <summary>
/// The position of the strongest actor on the issue: the one with the largest effective power,
/// capability × salience (the first listed on a tie). A "might makes right" baseline.
/// </summary>
public static class StrongestActor
{
    /// <summary>Index of the strongest actor on <paramref name="dimension"/>.</summary>
    public static int IndexOn(ForecastProblem problem, int dimension)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int best = 0;
        double bestPower = double.NegativeInfinity;
        for (int i = 0; i < problem.ActorCount; i++)
        {
            double power = problem.Capability(i) * problem.Salience(i, dimension);
            if (power > bestPower)
            {
                best = i;
                bestPower = power;
            }
        }

        return best;
    }

    /// <summary>The strongest actor's position on <paramref name="dimension"/>.</summary>
    public static double Of(ForecastProblem problem, int dimension) =>
        problem.Position(IndexOn(problem, dimension), dimension);
}
