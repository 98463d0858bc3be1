using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Levers;
using Parley.Core.Model;

namespace Parley.Core.Forecast;

/// <summary>
/// Bridges a <see cref="Scenario"/> to the forecast models. Each issue becomes a one-dimensional problem
/// on a 0–100 axis: discrete issues use their options' <see cref="IssueOption.Axis"/>, numeric issues map
/// their range linearly onto 0–100. An actor's position is the axis of its preferred option (or its
/// preferred number), its salience its <see cref="IssuePosition.ForecastSalience"/> (the stand's absolute
/// salience when given, else its weight), its capability
/// <see cref="Actor.Capability"/>. Figures with an uncertainty become uncertain inputs.
/// </summary>
public static class ScenarioForecast
{
    /// <summary>The forecast inputs of <paramref name="scenario"/> after pulling <paramref name="leverIds"/> (in order).</summary>
    /// <exception cref="ArgumentException">A lever id is unknown or a lever cannot apply.</exception>
    public static ScenarioForecastInputs Inputs(Scenario scenario, IEnumerable<string> leverIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(leverIds);
        return Inputs(LeverApplication.Apply(scenario, leverIds));
    }

    /// <summary>The forecast inputs of <paramref name="scenario"/>.</summary>
    public static ScenarioForecastInputs Inputs(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var notes = ImmutableArray.CreateBuilder<string>();
        bool anyCapability = scenario.Actors.Any(a => a.Capability is not null);
        if (!anyCapability)
        {
            notes.Add("No actor has a capability: every actor counts as equally capable (1). Give actors a `capability` to weight them.");
        }
        else
        {
            foreach (var actor in scenario.Actors.Where(a => a.Capability is null && scenario.PositionOf(a.Id) is not null))
            {
                notes.Add($"Actor '{actor.Id}' has no capability and is left out of the forecast; give it a `capability` (0–1) to include it.");
            }
        }

        var issues = ImmutableArray.CreateBuilder<IssueForecastInput>();
        foreach (var issue in scenario.Issues)
        {
            var built = Build(scenario, issue, anyCapability, out string? reason);
            if (built is null)
            {
                notes.Add($"Issue '{issue.Id}': {reason}");
            }
            else
            {
                issues.Add(built);
            }
        }

        return new ScenarioForecastInputs(issues.ToImmutable(), notes.ToImmutable());
    }

    private static IssueForecastInput? Build(Scenario scenario, Issue issue, bool anyCapability, out string? reason)
    {
        double axisMin = 0, axisMax = 100;
        Func<IssuePosition, double?> axisOf;
        if (issue.Kind == IssueKind.Numeric)
        {
            if (issue.Range is not { } range || !(range.Max > range.Min))
            {
                reason = "a numeric issue needs a range with max > min to be mapped onto the 0–100 axis; forecast skipped.";
                return null;
            }

            (axisMin, axisMax) = (range.Min, range.Max);
            axisOf = p => p.PreferredValue is double v ? Math.Clamp(ToAxis(v, range.Min, range.Max), 0, 100) : null;
        }
        else
        {
            if (issue.Options.Any(o => o.Axis is null))
            {
                reason = "its options have no `axis` (their place on a 0–100 scale); give every option an axis to forecast it.";
                return null;
            }

            axisOf = p => p.Preferred is string id && issue.IndexOfOption(id) is int at && at >= 0 ? issue.Options[at].Axis : null;
        }

        var names = new List<string>();
        var capability = new List<double>();
        var position = new List<double>();
        var salience = new List<double>();
        var acceptable = ImmutableArray.CreateBuilder<ImmutableArray<AxisInterval>>();
        var inputs = ImmutableArray.CreateBuilder<UncertainInput>();
        foreach (var actor in scenario.Actors)
        {
            var stand = scenario.PositionOf(actor.Id)?.On(issue.Id);
            if (stand is null || axisOf(stand) is not double x || (anyCapability && actor.Capability is null))
            {
                continue;
            }

            int index = names.Count;
            names.Add(actor.Id);
            capability.Add(actor.Capability?.Value ?? 1.0);
            position.Add(x);
            var standSalience = stand.ForecastSalience;
            salience.Add(Math.Clamp(standSalience.Value, 0, 1));
            if (actor.Capability?.Uncertainty is { } cu)
            {
                inputs.Add(new UncertainInput(index, 0, ForecastInputKind.Capability, cu));
            }

            if (standSalience.Uncertainty is { } wu)
            {
                inputs.Add(new UncertainInput(index, 0, ForecastInputKind.Salience, wu));
            }

            acceptable.Add(AcceptableSet(issue, stand, axisMin, axisMax));
        }

        if (names.Count == 0)
        {
            reason = "no actor states a position on it; forecast skipped.";
            return null;
        }

        var problem = new ForecastProblem(names, [issue.Id], capability.ToArray(), position.ToArray(), salience.ToArray());
        var consenting = scenario.ConsentingActors(issue).Select(a => names.IndexOf(a.Id)).Where(i => i >= 0);
        var uncertain = new UncertainForecastProblem(problem, inputs.ToImmutable(), acceptable.ToImmutable()).WithVetoHolders(consenting);
        reason = null;
        return new IssueForecastInput(issue, uncertain, StatusQuo(issue, axisMin, axisMax), axisMin, axisMax);
    }

    /// <summary>
    /// Acceptable outcomes on the axis. Numeric: the acceptable range mapped. Discrete: the stretch of
    /// axis nearest to each acceptable option (a forecast lands on the option nearest to it), so the set
    /// is a union of the options' cells. Empty when the actor accepts everything.
    /// </summary>
    private static ImmutableArray<AxisInterval> AcceptableSet(Issue issue, IssuePosition stand, double min, double max)
    {
        if (issue.Kind == IssueKind.Numeric)
        {
            if (stand.AcceptableRange is not { } r || (r.Min <= min && r.Max >= max))
            {
                return [];
            }

            return [new AxisInterval(ToAxis(r.Min, min, max), ToAxis(r.Max, min, max))];
        }

        if (stand.Acceptable.IsDefaultOrEmpty || stand.Acceptable.Length >= issue.Options.Length)
        {
            return [];
        }

        var axes = issue.Options.Select(o => o.Axis!.Value).OrderBy(a => a).ToArray();
        var cells = ImmutableArray.CreateBuilder<AxisInterval>();
        foreach (var id in stand.Acceptable)
        {
            int at = issue.IndexOfOption(id);
            if (at < 0)
            {
                continue;
            }

            double a = issue.Options[at].Axis!.Value;
            int rank = Array.IndexOf(axes, a);
            double low = rank > 0 ? (axes[rank - 1] + a) / 2 : double.NegativeInfinity;
            double high = rank < axes.Length - 1 ? (a + axes[rank + 1]) / 2 : double.PositiveInfinity;
            cells.Add(new AxisInterval(low, high));
        }

        return cells.ToImmutable();
    }

    private static double? StatusQuo(Issue issue, double min, double max)
    {
        if (issue.StatusQuo is not string sq)
        {
            return null;
        }

        if (issue.Kind == IssueKind.Numeric)
        {
            return double.TryParse(sq, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? Math.Clamp(ToAxis(v, min, max), 0, 100) : null;
        }

        int at = issue.IndexOfOption(sq);
        return at >= 0 ? issue.Options[at].Axis : null;
    }

    /// <summary>
    /// A number of a numeric issue on the 0–100 axis. An issue whose range is 0–100 (KTAB's scale) is the axis
    /// itself and is taken without arithmetic, so an imported KTAB position reaches the models bit for bit:
    /// (v / 100) × 100 is not always v in floating point (55 and 6.37 are not).
    /// </summary>
    internal static double ToAxis(double value, double min, double max) =>
        min == 0 && max == 100 ? value : (value - min) / (max - min) * 100.0;
}
