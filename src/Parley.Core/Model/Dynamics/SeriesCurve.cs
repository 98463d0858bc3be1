using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>A series of (time, value) points, joined by straight lines.</summary>
public sealed record SeriesCurve : TrendCurve
{
    /// <summary>Creates a series.</summary>
    /// <param name="points">The points; times strictly ascending.</param>
    /// <exception cref="ArgumentException">No point, a figure not finite, or times not ascending.</exception>
    public SeriesCurve(ImmutableArray<TrendPoint> points)
    {
        Series = CheckAscending(points, "series trend");
    }

    /// <summary>The points, in ascending time.</summary>
    public ImmutableArray<TrendPoint> Series { get; }

    /// <inheritdoc />
    public override ImmutableArray<TrendPoint> Points => Series;

    /// <inheritdoc />
    public override double? ValueAt(double time)
    {
        if (time < Series[0].Time)
        {
            return null;
        }

        for (int i = 1; i < Series.Length; i++)
        {
            var right = Series[i];
            if (time < right.Time)
            {
                var left = Series[i - 1];
                return left.Value + ((right.Value - left.Value) * (time - left.Time) / (right.Time - left.Time));
            }
        }

        return Series[^1].Value;
    }

    /// <inheritdoc />
    public override string Describe() =>
        "series: " + string.Join(", ", Series.Select(s => $"{s.Value:0.###} at {s.Time:0.###}"));
}
