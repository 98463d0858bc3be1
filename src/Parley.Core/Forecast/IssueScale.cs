using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// How a dimension's 0–100 axis maps to the issue it models: numeric issues to their range and unit,
/// discrete issues to their options (a value lands on the nearest option).
/// </summary>
/// <param name="Min">The issue value at axis 0.</param>
/// <param name="Max">The issue value at axis 100.</param>
/// <param name="Unit">The unit of a numeric issue (as the scenario writes it), or null for the bare axis.</param>
/// <param name="Options">The options of a discrete issue with their axis places; empty for numeric issues and bare axes.</param>
public sealed record IssueScale(double Min, double Max, string? Unit, ImmutableArray<OptionPoint> Options)
{
    /// <summary>The bare 0–100 axis (KTAB and EUM files).</summary>
    public static IssueScale Axis { get; } = new(0, 100, null, []);

    /// <summary>The issue value of a point on the axis.</summary>
    public double ToIssueValue(double axis) => Min + ((Max - Min) * axis / 100.0);

    /// <summary>The index into <see cref="Options"/> of the option nearest to <paramref name="axis"/> (first on a tie), or −1 when there are none.</summary>
    public int NearestOption(double axis)
    {
        int best = -1;
        double distance = double.PositiveInfinity;
        for (int i = 0; i < Options.Length; i++)
        {
            double d = Math.Abs(Options[i].Axis - axis);
            if (d < distance)
            {
                best = i;
                distance = d;
            }
        }

        return double.IsFinite(axis) ? best : -1;
    }
}
