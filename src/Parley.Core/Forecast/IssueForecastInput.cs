using System.Globalization;
using System.Text;
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
    /// <summary>
    /// The issue value (numeric issues: in the issue's unit) of a point on the 0–100 axis; an issue on 0–100 is
    /// the axis itself (see <see cref="ScenarioForecast"/>), so its values come back without rounding.
    /// </summary>
    public double ToIssueValue(double axis) => AxisMin == 0 && AxisMax == 100 ? axis : AxisMin + ((AxisMax - AxisMin) * axis / 100.0);

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

    /// <summary>
    /// The content of these inputs as text: issue, axis, status quo, every actor's figures, the uncertain
    /// inputs and the acceptable sets. Equal fingerprints give equal forecasts and equal Monte Carlo
    /// runs (for a seed), so variants whose levers leave an issue's inputs as they are share one run.
    /// </summary>
    public string Fingerprint()
    {
        var p = Input.Problem;
        var key = new StringBuilder(Issue.Id).Append('|').Append(AxisMin.ToString("R", CultureInfo.InvariantCulture)).Append('|')
            .Append(AxisMax.ToString("R", CultureInfo.InvariantCulture)).Append('|').Append(StatusQuo?.ToString("R", CultureInfo.InvariantCulture));
        for (int a = 0; a < p.ActorCount; a++)
        {
            key.Append('|').Append(p.Actors[a]).Append(':').Append(p.Capability(a).ToString("R", CultureInfo.InvariantCulture))
                .Append(':').Append(p.Position(a, 0).ToString("R", CultureInfo.InvariantCulture)).Append(':').Append(p.Salience(a, 0).ToString("R", CultureInfo.InvariantCulture));
        }

        foreach (var u in Input.Inputs)
        {
            var d = u.Distribution;
            key.Append("|u").Append(u.Actor).Append(':').Append(u.Dimension).Append(':').Append(u.Kind).Append(':').Append(d.Kind)
                .Append(':').Append(string.Join(",", new[] { d.Min, d.Max, d.Center, d.Spread }.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        }

        foreach (var intervals in Input.Acceptable)
        {
            key.Append("|a").Append(intervals.IsDefault ? "-" : string.Join(",", intervals));
        }

        return key.ToString();
    }
}
