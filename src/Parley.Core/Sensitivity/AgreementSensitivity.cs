using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Threading;

namespace Parley.Core.Sensitivity;

/// <summary>
/// Sensitivity and robustness of the agreement verdict of one track ("a deal exists" or not): which
/// walk-away values and weights flip it, by how much, and how often it holds over the draws.
/// </summary>
/// <remarks>
/// Walk-away values are monotone in the verdict (a lower walk-away only adds acceptable packages), so
/// each consenting actor's flip point is found by bisection over the exact agreement-space decision,
/// to within <see cref="VerdictSensitivity.Tolerance"/>, holding the other figures at their point
/// values; when no value of that figure alone flips the verdict it is not listed. Weights are not
/// monotone (they are normalised over the track), so each is scanned over [0, 1] on
/// <see cref="VerdictSensitivity.ScanSteps"/> steps nearest first, and the first flipping step is
/// refined by bisection (marked inexact). Cost: per actor about log2(1/tolerance) ≈ 10 exact decisions
/// for its walk-away, about 30 problem builds and decisions per weight.
/// </remarks>
public static class AgreementSensitivity
{
    /// <summary>The figures that flip the verdict on <paramref name="track"/>, nearest first.</summary>
    /// <param name="scenario">The scenario (or variant).</param>
    /// <param name="track">The track.</param>
    /// <param name="weights">Whether to probe the weights too (the dearer part).</param>
    /// <exception cref="ArgumentException">The scenario has no such track.</exception>
    public static VerdictSensitivity ForTrack(Scenario scenario, string track, bool weights = true)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problem = AgreementProblem.From(scenario, [track]);
        bool open = !AgreementSpace.Of(problem).IsEmpty;
        var flips = new List<FigureFlip>();
        int probed = 0;
        for (int a = 0; a < problem.ActorCount; a++)
        {
            var position = scenario.PositionOf(problem.ActorIds[a]);
            if (position is null)
            {
                continue;
            }

            probed++;
            if (WalkAway(problem, a, open) is { } at)
            {
                double current = problem.Utilities[a].ReservationValue;
                flips.Add(new FigureFlip(FigureKind.WalkAway, problem.ActorIds[a], null, null, current, at, at - current, true, position.WalkAway.Provenance.IsJudgement()));
            }

            if (!weights)
            {
                continue;
            }

            foreach (string issue in problem.IssueIds)
            {
                if (position.On(issue) is not { } stand)
                {
                    continue;
                }

                probed++;
                double w0 = stand.Weight.Value;
                bool Open(double w) => OpenWith(scenario, track, position, stand, w);
                if (Scan(w0, 0, 1, open, Open) is { } at2)
                {
                    flips.Add(new FigureFlip(FigureKind.Weight, problem.ActorIds[a], issue, null, w0, at2, at2 - w0, false, stand.Weight.Provenance.IsJudgement()));
                }
            }
        }

        return new VerdictSensitivity(open, probed, [.. flips.OrderBy(f => Math.Abs(f.RelativeChange)).ThenBy(f => f.Actor, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// How often the point verdict on <paramref name="track"/> holds over <paramref name="draws"/> draws of
    /// the scenario's uncertain figures (each draw decided by the exact agreement engine).
    /// </summary>
    public static Robustness RobustnessOf(Scenario scenario, string track, int draws, ulong seed, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(draws);
        bool open = !AgreementSpace.Of(AgreementProblem.From(scenario, [track])).IsEmpty;
        var same = new int[draws];
        Parallel.For(0, draws, ParallelWork.Options(maxDegreeOfParallelism), d =>
        {
            var drawn = ScenarioDraw.Of(scenario, new SeededRandom(SeededRandom.BlockSeed(seed, d)));
            same[d] = !AgreementSpace.Of(AgreementProblem.From(drawn, [track])).IsEmpty == open ? 1 : 0;
        });
        return Robustness.Of(draws, draws, same.Sum(), seed);
    }

    /// <summary>The walk-away of actor <paramref name="a"/> nearest its current value at which the verdict flips, or null when none does.</summary>
    internal static double? WalkAway(AgreementProblem problem, int a, bool open)
    {
        var u = problem.Utilities[a];
        double current = u.ReservationValue;
        bool Open(double w) => !AgreementSpace.Of(AgreementCounterfactual.WithWalkAway(problem, a, w)).IsEmpty;
        if (!open)
        {
            // Lowering the walk-away can only open the space; at the lowest utility every package meets it.
            double lo = Math.Min(u.Min(), current);
            if (!Open(lo))
            {
                return null;
            }

            double hi = current;
            while (hi - lo > VerdictSensitivity.Tolerance)
            {
                double mid = 0.5 * (lo + hi);
                if (Open(mid))
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        double top = Math.Max(u.Max(), current) + 2 * VerdictSensitivity.Tolerance;
        if (Open(top))
        {
            return null;
        }

        double low = current;
        while (top - low > VerdictSensitivity.Tolerance)
        {
            double mid = 0.5 * (low + top);
            if (Open(mid))
            {
                low = mid;
            }
            else
            {
                top = mid;
            }
        }

        return top;
    }

    /// <summary>
    /// Scans [<paramref name="min"/>, <paramref name="max"/>] nearest first for a value where <paramref name="decide"/>
    /// differs from <paramref name="verdict"/>, then bisects between it and the nearer side; null when none is found.
    /// </summary>
    internal static double? Scan(double current, double min, double max, bool verdict, Func<double, bool> decide)
    {
        double step = (max - min) / VerdictSensitivity.ScanSteps;
        var grid = Enumerable.Range(0, VerdictSensitivity.ScanSteps + 1).Select(k => min + k * step)
            .Where(x => Math.Abs(x - current) > VerdictSensitivity.Tolerance)
            .OrderBy(x => Math.Abs(x - current)).ThenBy(x => x);
        foreach (double x in grid)
        {
            if (decide(x) == verdict)
            {
                continue;
            }

            // Bisect between the grid point one step nearer the current value (or the current value) and x.
            double near = x > current ? Math.Max(current, x - step) : Math.Min(current, x + step);
            double far = x;
            if (decide(near) != verdict)
            {
                near = current;
            }

            while (Math.Abs(far - near) > VerdictSensitivity.Tolerance)
            {
                double mid = 0.5 * (near + far);
                if (decide(mid) == verdict)
                {
                    near = mid;
                }
                else
                {
                    far = mid;
                }
            }

            return far;
        }

        return null;
    }

    private static bool OpenWith(Scenario scenario, string track, Position position, IssuePosition stand, double weight)
    {
        var changed = position with { Issues = position.Issues.Replace(stand, stand with { Weight = stand.Weight.WithValue(weight) }) };
        var variant = scenario.With(positions: scenario.Positions.Replace(position, changed));
        return !AgreementSpace.Of(AgreementProblem.From(variant, [track])).IsEmpty;
    }
}
