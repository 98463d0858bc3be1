using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// Reconciles forecasts with vetoes: which outcomes every veto holder accepts (the intersection of their
/// acceptable sets), how each forecast fares with each veto holder, and each forecast restricted to the
/// outcomes all of them accept.
/// </summary>
/// <remarks>Cost O(h · m log m) for h veto holders with m intervals each.</remarks>
public static class VetoAnalysis
{
    /// <summary>The outcomes on <paramref name="dimension"/> that every veto holder of <paramref name="input"/> accepts.</summary>
    public static AcceptableRegion Region(UncertainForecastProblem input, int dimension)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<AxisInterval>? region = null;
        foreach (int actor in input.VetoHolders)
        {
            if (!input.HasRedLine(actor, dimension))
            {
                continue;
            }

            var own = Normalise(input.Acceptable[(actor * input.Problem.DimensionCount) + dimension]);
            region = region is null ? own : Intersect(region, own);
        }

        return region is null ? new AcceptableRegion(false, [new AxisInterval(double.NegativeInfinity, double.PositiveInfinity)]) : new AcceptableRegion(true, [.. region]);
    }

    /// <summary>How a forecast fares with each veto holder: its share of draws inside the holder's set (from <paramref name="distribution"/> when given) and whether the point forecast is inside.</summary>
    public static ImmutableArray<VetoCheck> Checks(UncertainForecastProblem input, int dimension, double? value, ForecastDistribution? distribution)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = ImmutableArray.CreateBuilder<VetoCheck>(input.VetoHolders.Length);
        foreach (int actor in input.VetoHolders)
        {
            bool accepted = value is not double v || input.Accepts(actor, dimension, v);
            double share = accepted ? 1 : 0;
            if (distribution is not null)
            {
                share = 1;
                foreach (var a in distribution.Acceptance)
                {
                    if (a.Actor == actor)
                    {
                        share = a.Probability;
                    }
                }
            }

            checks.Add(new VetoCheck(actor, share, accepted));
        }

        return checks.MoveToImmutable();
    }

    /// <summary>
    /// <paramref name="value"/> restricted to <paramref name="region"/>: itself when acceptable, else the nearest
    /// acceptable point; for discrete issues (<paramref name="options"/> not empty) the nearest option inside the region.
    /// </summary>
    public static VetoAwareForecast Restrict(AcceptableRegion region, double? value, ImmutableArray<OptionPoint> options, double shareAcceptable)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.IsEmpty)
        {
            return new VetoAwareForecast(null, true, value is not null, shareAcceptable);
        }

        if (value is not double v || !double.IsFinite(v))
        {
            return new VetoAwareForecast(null, false, false, shareAcceptable);
        }

        if (!options.IsDefaultOrEmpty)
        {
            // A discrete forecast lands on its nearest option; the veto-aware forecast is the nearest option all accept.
            double? best = null;
            double? landed = null;
            double landedDistance = double.PositiveInfinity;
            foreach (var o in options)
            {
                double d = Math.Abs(o.Axis - v);
                if (d < landedDistance)
                {
                    landed = o.Axis;
                    landedDistance = d;
                }

                if (region.Contains(o.Axis) && (best is null || d < Math.Abs(best.Value - v)))
                {
                    best = o.Axis;
                }
            }

            if (landed is double l && region.Contains(l))
            {
                return new VetoAwareForecast(v, false, false, shareAcceptable);
            }

            return best is null ? new VetoAwareForecast(null, true, true, shareAcceptable) : new VetoAwareForecast(best, false, true, shareAcceptable);
        }

        if (region.Contains(v))
        {
            return new VetoAwareForecast(v, false, false, shareAcceptable);
        }

        double nearest = double.NaN;
        double distance = double.PositiveInfinity;
        foreach (var interval in region.Intervals)
        {
            double p = Math.Clamp(v, interval.Low, interval.High);
            if (Math.Abs(p - v) < distance)
            {
                nearest = p;
                distance = Math.Abs(p - v);
            }
        }

        return new VetoAwareForecast(nearest, false, true, shareAcceptable);
    }

    private static List<AxisInterval> Normalise(ImmutableArray<AxisInterval> intervals)
    {
        var sorted = intervals.Where(i => i.High >= i.Low).OrderBy(i => i.Low).ToList();
        var merged = new List<AxisInterval>();
        foreach (var i in sorted)
        {
            if (merged.Count > 0 && i.Low <= merged[^1].High)
            {
                merged[^1] = new AxisInterval(merged[^1].Low, Math.Max(merged[^1].High, i.High));
            }
            else
            {
                merged.Add(i);
            }
        }

        return merged;
    }

    private static List<AxisInterval> Intersect(List<AxisInterval> a, List<AxisInterval> b)
    {
        var result = new List<AxisInterval>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            double low = Math.Max(a[i].Low, b[j].Low);
            double high = Math.Min(a[i].High, b[j].High);
            if (low <= high)
            {
                result.Add(new AxisInterval(low, high));
            }

            if (a[i].High < b[j].High)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
