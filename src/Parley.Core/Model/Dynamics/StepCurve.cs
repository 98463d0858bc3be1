using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>A value that jumps at given times and holds in between (an event such as aid stopping).</summary>
public sealed record StepCurve : TrendCurve
{
    /// <summary>Creates a step curve.</summary>
    /// <param name="steps">From each step's time on, its value holds until the next step; times strictly ascending.</param>
    /// <exception cref="ArgumentException">No step, a figure not finite, or times not ascending.</exception>
    public StepCurve(ImmutableArray<TrendPoint> steps)
    {
        Steps = CheckAscending(steps, "step trend");
    }

    /// <summary>The steps, in ascending time.</summary>
    public ImmutableArray<TrendPoint> Steps { get; }

    /// <inheritdoc />
    public override ImmutableArray<TrendPoint> Points => Steps;

    /// <inheritdoc />
    public override double? ValueAt(double time)
    {
        double? value = null;
        foreach (var step in Steps)
        {
            if (step.Time > time)
            {
                break;
            }

            value = step.Value;
        }

        return value;
    }

    /// <inheritdoc />
    public override string Describe() =>
        "steps: " + string.Join(", ", Steps.Select(s => $"{s.Value:0.###} from {s.Time:0.###}"));
}
