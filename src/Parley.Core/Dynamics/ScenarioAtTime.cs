using System.Collections.Immutable;
using Parley.Core.Levers;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Dynamics;

/// <summary>
/// The scenario as it stands at a time on the dynamics horizon, or as of a calendar date: dated position
/// revisions in force by then, trends applied to walk-away values and capabilities, then the chosen levers
/// that have started by then. Pure: the input is untouched.
/// </summary>
public static class ScenarioAtTime
{
    /// <summary>
    /// The scenario as of <paramref name="date"/>: each position with every revision dated on or before it
    /// applied (see <see cref="Position.AsOf"/>), and without the proposals dated after it (a proposal whose
    /// date is not a calendar date is kept). Trends and levers are not applied: they live on the horizon
    /// (see <see cref="At(Scenario, double, IEnumerable{string})"/>, which calls this when the horizon has a
    /// start date).
    /// </summary>
    public static Scenario AsOf(Scenario scenario, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        bool revised = scenario.Positions.Any(p => !p.Revisions.IsEmpty);
        bool later = scenario.Proposals.Any(p => HorizonCalendar.TryParseDate(p.Date, out var d) && d > date);
        if (!revised && !later)
        {
            return scenario;
        }

        var positions = revised ? [.. scenario.Positions.Select(p => p.Revisions.IsEmpty ? p : p.AsOf(date))] : scenario.Positions;
        var proposals = later
            ? [.. scenario.Proposals.Where(p => !HorizonCalendar.TryParseDate(p.Date, out var d) || d <= date)]
            : scenario.Proposals;
        return scenario.With(positions: positions, proposals: proposals);
    }

    /// <summary>
    /// The scenario at a calendar date, as every command's <c>--at</c> takes it: when the date lies on the
    /// dynamics horizon (which has a calendar), the scenario at that time (revisions, then trends, no
    /// lever); otherwise the scenario <see cref="AsOf"/> the date (revisions and proposals only).
    /// </summary>
    public static Scenario AtDate(Scenario scenario, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TimeOf(scenario, date) is { } t && scenario.Dynamics!.Horizon.Contains(t) ? At(scenario, t) : AsOf(scenario, date);
    }

    /// <summary>
    /// The time on the horizon of <paramref name="date"/>, or null when the scenario has no dynamics section
    /// or its horizon has no calendar (a start date and a calendar unit).
    /// </summary>
    public static double? TimeOf(Scenario scenario, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Dynamics is not { } d || HorizonCalendar.Of(d.Horizon) is not { } calendar)
        {
            return null;
        }

        try
        {
            return calendar.TimeOf(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A date at the very end of the calendar (year 9999) lies far beyond any horizon.
            return null;
        }
    }

    /// <summary>The scenario at <paramref name="time"/> with no lever pulled.</summary>
    /// <inheritdoc cref="At(Scenario, double, IEnumerable{string})" />
    public static Scenario At(Scenario scenario, double time) => At(scenario, time, []);

    /// <summary>
    /// The scenario at <paramref name="time"/>: when the horizon has a calendar, the scenario
    /// <see cref="AsOf"/> the date of that time (dated revisions in force, later proposals left out); then
    /// each trend's value (where its curve has begun) replaces
    /// the figure it moves, carrying the trend's provenance, sources and note; then each lever named in
    /// <paramref name="leverIds"/> whose <see cref="Lever.StartsAt"/> is null or at most
    /// <paramref name="time"/> is applied, in the order given. Trends come first so that a lever which
    /// adds to a walk-away value adds to the drifted value.
    /// </summary>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="time">The time, in the horizon's unit; must lie within the horizon when the scenario has one.</param>
    /// <param name="leverIds">Ids of the levers pulled (each takes effect from its start time).</param>
    /// <exception cref="ArgumentOutOfRangeException">The time lies outside the horizon or is not finite.</exception>
    /// <exception cref="ArgumentException">
    /// A trend names an actor without a position (walk-away) or an unknown actor, a lever id is unknown,
    /// or a lever leaves a figure outside [0, 1].
    /// </exception>
    public static Scenario At(Scenario scenario, double time, IEnumerable<string> leverIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(leverIds);
        if (!double.IsFinite(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), $"The time must be finite; got {time}.");
        }

        var result = scenario;
        if (scenario.Dynamics is { } dynamics)
        {
            if (!dynamics.Horizon.Contains(time))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(time), $"Time {time} lies outside the horizon [0, {dynamics.Horizon.Length}] {dynamics.Horizon.Unit}.");
            }

            if (HorizonCalendar.Of(dynamics.Horizon) is { } calendar)
            {
                result = AsOf(result, calendar.DateAt(time));
            }

            result = ApplyTrends(result, dynamics, time);
        }

        foreach (var id in leverIds)
        {
            var lever = scenario.FindLever(id)
                ?? throw new ArgumentException($"The scenario has no lever '{id}'. Known levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}.", nameof(leverIds));
            if (lever.StartsAt is null || lever.StartsAt.Value <= time)
            {
                result = LeverApplication.Apply(result, lever);
            }
        }

        return result;
    }

    private static Scenario ApplyTrends(Scenario scenario, ScenarioDynamics dynamics, double time)
    {
        var actors = scenario.Actors;
        var positions = scenario.Positions;
        foreach (var trend in dynamics.Trends)
        {
            if (trend.Curve.ValueAt(time) is not { } value)
            {
                continue;
            }

            var figure = new Figure(value, trend.Provenance, null, trend.Sources, trend.Note);
            if (trend.Target == TrendTarget.WalkAway)
            {
                int index = IndexOf(positions, p => p.ActorId == trend.ActorId);
                if (index < 0)
                {
                    throw new ArgumentException($"{trend.Describe()}: actor '{trend.ActorId}' has no position, so no walk-away value to move.");
                }

                positions = positions.SetItem(index, positions[index] with { WalkAway = figure });
            }
            else
            {
                int index = IndexOf(actors, a => a.Id == trend.ActorId);
                if (index < 0)
                {
                    throw new ArgumentException($"{trend.Describe()}: the scenario has no actor '{trend.ActorId}'.");
                }

                actors = actors.SetItem(index, actors[index] with { Capability = figure });
            }
        }

        // Values were checked to lie in [0, 1] when the dynamics section was built, and no reference
        // changes, so the scenario's integrity holds without a new check.
        return scenario.With(actors: actors, positions: positions);
    }

    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, bool> match)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
