using Parley.Core.Model;

namespace Parley.Core.Forecast;

/// <summary>One scenario issue prepared for the forecast models: a one-dimensional problem on the issue's 0–100 axis.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Input">The problem (actors that take a position on the issue), its uncertain inputs and acceptable sets.</param>
/// <param name="StatusQuo">The status quo on the axis, or null when the issue records none.</param>
/// <param name="AxisMin">The issue value at axis 0 (numeric issues; 0 for discrete issues).</param>
/// <param name="AxisMax">The issue value at axis 100 (numeric issues; 100 for discrete issues).</param>
public sealed record IssueForecastInput(Issue Issue, UncertainForecastProblem Input, double? StatusQuo, double AxisMin, double AxisMax)
{
    /// <summary>The issue value (numeric issues: in the issue's unit) of a point on the 0–100 axis.</summary>
    public double ToIssueValue(double axis) => AxisMin + ((AxisMax - AxisMin) * axis / 100.0);

    /// <summary>How the axis maps to the issue: its range and unit (numeric issues) or its options with their axis places.</summary>
    public IssueScale Scale => Issue.Kind == IssueKind.Numeric
        ? new IssueScale(AxisMin, AxisMax, Issue.Range?.Unit, [])
        : new IssueScale(AxisMin, AxisMax, null, [.. Issue.Options.Where(o => o.Axis is not null).Select(o => new OptionPoint(o.Id, o.Axis!.Value))]);

    /// <summary>For discrete issues, the option nearest to a point on the axis; null for numeric issues.</summary>
    public IssueOption? NearestOption(double axis)
    {
        IssueOption? best = null;
        double bestDistance = double.PositiveInfinity;
        foreach (var option in Issue.Options)
        {
            if (option.Axis is double a && Math.Abs(a - axis) < bestDistance)
            {
                best = option;
                bestDistance = Math.Abs(a - axis);
            }
        }

        return best;
    }
}
