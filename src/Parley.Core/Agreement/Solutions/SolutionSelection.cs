using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>The argmax shared by every bargaining solution: all points within the tolerance of the optimum.</summary>
internal static class SolutionSelection
{
    /// <summary>The message used when the reservation values leave no point.</summary>
    public const string NoRationalPoint = "No package gives every actor at least its reservation value, so there is nothing to bargain over.";

    /// <summary>Every point of <paramref name="candidates"/> whose objective is within the tolerance of the best.</summary>
    public static BargainingSolution Best(
        BargainingConcept concept,
        ImmutableArray<FrontierPoint> candidates,
        Func<FrontierPoint, double> objective,
        bool maximise,
        string reasonWhenEmpty)
    {
        if (candidates.IsDefaultOrEmpty)
        {
            return new BargainingSolution(concept, null, [], reasonWhenEmpty);
        }

        var values = new double[candidates.Length];
        double best = maximise ? double.NegativeInfinity : double.PositiveInfinity;
        for (int i = 0; i < candidates.Length; i++)
        {
            values[i] = objective(candidates[i]);
            best = maximise ? Math.Max(best, values[i]) : Math.Min(best, values[i]);
        }

        var winners = ImmutableArray.CreateBuilder<FrontierPoint>();
        for (int i = 0; i < candidates.Length; i++)
        {
            bool tied = maximise ? values[i] >= best - ParetoFrontier.Tolerance : values[i] <= best + ParetoFrontier.Tolerance;
            if (tied)
            {
                winners.Add(candidates[i]);
            }
        }

        return new BargainingSolution(concept, best, winners.ToImmutable(), null);
    }

    /// <summary>The gain of actor <paramref name="a"/> over the disagreement point.</summary>
    public static double Gain(ParetoFrontier frontier, FrontierPoint p, int a) =>
        p.Utilities[a] - frontier.ReservationValues[a];
}
