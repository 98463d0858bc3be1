using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// Reads a forecast's distribution as <see cref="ForecastReading.Point"/>, <see cref="ForecastReading.Split"/>
/// or <see cref="ForecastReading.Undetermined"/>:
/// <list type="number">
/// <item>count the draws in <see cref="ReadingThresholds.Bins"/> equal bins over the axis and smooth the
/// counts with weights ¼, ½, ¼ (so sampling noise in a flat distribution makes no peaks);</item>
/// <item>every local maximum of the smoothed counts is a peak; two neighbouring peaks stay separate only
/// when the lowest smoothed count between them is at most <see cref="ReadingThresholds.ValleyRatio"/> times
/// the lower peak (else they merge, shallowest valley first); each mode owns the bins up to its valleys;</item>
/// <item>a mode is kept when it holds at least <see cref="ReadingThresholds.MinModeShare"/> of the draws;</item>
/// <item>two or more kept modes: split; else a 5–95 % interval at least
/// <see cref="ReadingThresholds.UndeterminedWidth"/> of the axis wide: undetermined; else point.</item>
/// </list>
/// </summary>
/// <remarks>Cost O(n + bins²) for n sorted draws; memory O(bins).</remarks>
public static class DistributionReading
{
    /// <summary>Reads the shape of <paramref name="sorted"/> draws (ascending, finite) on the axis [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <exception cref="ArgumentException">The axis is empty or the thresholds are out of range.</exception>
    public static DistributionShape Of(ReadOnlySpan<double> sorted, double low = 0, double high = 100, ReadingThresholds? thresholds = null)
    {
        var t = thresholds ?? ReadingThresholds.Default;
        if (!(high > low) || t.Bins < 1 || t.MinModeShare is <= 0 or > 1 || t.ValleyRatio is < 0 or > 1 || t.UndeterminedWidth is <= 0 or > 1)
        {
            throw new ArgumentException($"Need high > low and thresholds in range (bins ≥ 1, shares in (0, 1]); got axis [{low}, {high}] and {t}.", nameof(thresholds));
        }

        int n = sorted.Length;
        if (n == 0)
        {
            return new DistributionShape([], ForecastSpread.None, ForecastReading.Undetermined, 0);
        }

        var spread = new ForecastSpread(
            MonteCarloForecast.Quantile(sorted, 0.05),
            MonteCarloForecast.Quantile(sorted, 0.25),
            MonteCarloForecast.Quantile(sorted, 0.5),
            MonteCarloForecast.Quantile(sorted, 0.75),
            MonteCarloForecast.Quantile(sorted, 0.95));
        int bins = t.Bins;
        var counts = new double[bins];
        foreach (double x in sorted)
        {
            counts[Bin(x, low, high, bins)]++;
        }

        var smooth = Smooth(counts);
        var groups = Peaks(smooth);
        MergeShallow(groups, smooth, t.ValleyRatio);

        // Each group owns the bins from the valley after the previous group to its own closing valley.
        var modes = ImmutableArray.CreateBuilder<ForecastMode>();
        int firstDraw = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            int end = g + 1 < groups.Count ? Valley(smooth, groups[g].Peak, groups[g + 1].Peak) : bins - 1;
            int lastDraw = firstDraw;
            while (lastDraw < n && Bin(sorted[lastDraw], low, high, bins) <= end)
            {
                lastDraw++;
            }

            int count = lastDraw - firstDraw;
            double share = (double)count / n;
            if (count > 0 && share >= t.MinModeShare)
            {
                var slice = sorted[firstDraw..lastDraw];
                modes.Add(new ForecastMode(MonteCarloForecast.Quantile(slice, 0.5), share, slice[0], slice[^1]));
            }

            firstDraw = lastDraw;
        }

        var ordered = modes.OrderByDescending(m => m.Share).ThenBy(m => m.Value).ToImmutableArray();
        var reading = ordered.Length >= 2 ? ForecastReading.Split
            : spread.Width90 >= t.UndeterminedWidth * (high - low) || ordered.Length == 0 ? ForecastReading.Undetermined
            : ForecastReading.Point;
        return new DistributionShape(ordered, spread, reading, n);
    }

    /// <summary>The shape of a forecast without uncertain inputs: one mode holding every draw, at <paramref name="value"/>.</summary>
    public static DistributionShape OfPoint(double value) =>
        double.IsFinite(value)
            ? new DistributionShape([new ForecastMode(value, 1, value, value)], new ForecastSpread(value, value, value, value, value), ForecastReading.Point, 1)
            : new DistributionShape([], ForecastSpread.None, ForecastReading.Undetermined, 0);

    /// <summary>The shape with every value mapped by the increasing <paramref name="map"/> (such as the 0–100 axis to an issue's unit); shares and reading stay.</summary>
    public static DistributionShape Map(DistributionShape shape, Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(map);
        return shape with
        {
            Modes = [.. shape.Modes.Select(m => new ForecastMode(map(m.Value), m.Share, map(m.Low), map(m.High)))],
            Spread = shape.Spread.Map(map),
        };
    }

    private static int Bin(double x, double low, double high, int bins) =>
        Math.Clamp((int)Math.Floor((x - low) / (high - low) * bins), 0, bins - 1);

    private static double[] Smooth(double[] counts)
    {
        int b = counts.Length;
        var s = new double[b];
        for (int i = 0; i < b; i++)
        {
            double left = i > 0 ? counts[i - 1] : counts[i];
            double right = i < b - 1 ? counts[i + 1] : counts[i];
            s[i] = (0.25 * left) + (0.5 * counts[i]) + (0.25 * right);
        }

        return s;
    }

    private static List<(int Peak, double Height)> Peaks(double[] s)
    {
        var peaks = new List<(int, double)>();
        for (int i = 0; i < s.Length; i++)
        {
            bool risesFromLeft = i == 0 || s[i] > s[i - 1];
            bool notBelowRight = i == s.Length - 1 || s[i] >= s[i + 1];
            if (s[i] > 0 && risesFromLeft && notBelowRight)
            {
                // A plateau counts once, at its first bin; a plateau that rises again is no peak.
                int j = i;
                while (j + 1 < s.Length && s[j + 1] == s[i])
                {
                    j++;
                }

                if (j == s.Length - 1 || s[j + 1] < s[i])
                {
                    peaks.Add((i, s[i]));
                }
            }
        }

        return peaks;
    }

    private static void MergeShallow(List<(int Peak, double Height)> groups, double[] s, double valleyRatio)
    {
        while (groups.Count > 1)
        {
            int worst = -1;
            double worstDepth = double.NegativeInfinity;
            for (int g = 0; g + 1 < groups.Count; g++)
            {
                double valley = s[Valley(s, groups[g].Peak, groups[g + 1].Peak)];
                double lower = Math.Min(groups[g].Height, groups[g + 1].Height);
                double ratio = lower > 0 ? valley / lower : 1;
                if (ratio > valleyRatio && ratio > worstDepth)
                {
                    worst = g;
                    worstDepth = ratio;
                }
            }

            if (worst < 0)
            {
                return;
            }

            var keep = groups[worst].Height >= groups[worst + 1].Height ? groups[worst] : groups[worst + 1];
            groups[worst] = keep;
            groups.RemoveAt(worst + 1);
        }
    }

    private static int Valley(double[] s, int from, int to)
    {
        int at = from;
        for (int i = from; i <= to; i++)
        {
            if (s[i] < s[at])
            {
                at = i;
            }
        }

        return at;
    }
}
