using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>A straight line from one value at one time to another value at a later time.</summary>
public sealed record LinearCurve : TrendCurve
{
    /// <summary>Creates a linear curve.</summary>
    /// <param name="startTime">When the change begins.</param>
    /// <param name="from">The value at <paramref name="startTime"/>.</param>
    /// <param name="endTime">When the change ends; later than <paramref name="startTime"/>.</param>
    /// <param name="to">The value at <paramref name="endTime"/> and after.</param>
    /// <exception cref="ArgumentException">A figure is not finite or the end is not after the start.</exception>
    public LinearCurve(double startTime, double from, double endTime, double to)
    {
        CheckAscending([new TrendPoint(startTime, from), new TrendPoint(endTime, to)], "linear trend");
        StartTime = startTime;
        From = from;
        EndTime = endTime;
        To = to;
    }

    /// <summary>When the change begins.</summary>
    public double StartTime { get; }

    /// <summary>The value at the start.</summary>
    public double From { get; }

    /// <summary>When the change ends.</summary>
    public double EndTime { get; }

    /// <summary>The value at the end and after.</summary>
    public double To { get; }

    /// <inheritdoc />
    public override ImmutableArray<TrendPoint> Points => [new(StartTime, From), new(EndTime, To)];

    /// <inheritdoc />
    public override double? ValueAt(double time)
    {
        if (time < StartTime)
        {
            return null;
        }

        if (time >= EndTime)
        {
            return To;
        }

        return From + ((To - From) * (time - StartTime) / (EndTime - StartTime));
    }

    /// <inheritdoc />
    public override string Describe() => $"linear from {From:0.###} at {StartTime:0.###} to {To:0.###} at {EndTime:0.###}";
}
