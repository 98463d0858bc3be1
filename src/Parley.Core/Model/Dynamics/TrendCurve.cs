using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>
/// The shape of a trend over the horizon. Before the curve's first time the curve says nothing and the
/// scenario's own value holds; after its last time its last value holds.
/// </summary>
public abstract record TrendCurve
{
    /// <summary>The value at <paramref name="time"/>, or null before the curve begins.</summary>
    public abstract double? ValueAt(double time);

    /// <summary>The times and values that define the curve, in ascending time (for checks and charts).</summary>
    public abstract ImmutableArray<TrendPoint> Points { get; }

    /// <summary>A one-line description, for reports.</summary>
    public abstract string Describe();

    /// <summary>Checks that the points are finite and their times strictly ascending.</summary>
    /// <exception cref="ArgumentException">A point is not finite or times do not ascend.</exception>
    protected static ImmutableArray<TrendPoint> CheckAscending(ImmutableArray<TrendPoint> points, string what)
    {
        if (points.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"A {what} needs at least one point.", nameof(points));
        }

        for (int i = 0; i < points.Length; i++)
        {
            if (!double.IsFinite(points[i].Time) || !double.IsFinite(points[i].Value))
            {
                throw new ArgumentException($"Point {i} of a {what} must be finite; got ({points[i].Time}, {points[i].Value}).", nameof(points));
            }

            if (i > 0 && points[i].Time <= points[i - 1].Time)
            {
                throw new ArgumentException(
                    $"The times of a {what} must strictly ascend; point {i} at {points[i].Time} follows {points[i - 1].Time}.", nameof(points));
            }
        }

        return points;
    }
}
