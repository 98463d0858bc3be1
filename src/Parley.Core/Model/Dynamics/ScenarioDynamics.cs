using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>
/// The dynamics section of a scenario: a horizon and the trends that move actors' walk-away values and
/// capabilities along it. Levers that start later carry their own <see cref="Model.Lever.StartsAt"/>.
/// </summary>
/// <remarks>
/// Named <c>ScenarioDynamics</c> rather than <c>Dynamics</c> because a type may not share the name of
/// its namespace without every use becoming ambiguous.
/// </remarks>
public sealed record ScenarioDynamics
{
    /// <summary>Creates the section and checks it against its horizon.</summary>
    /// <param name="horizon">The horizon.</param>
    /// <param name="trends">The trends; at most one per actor and figure.</param>
    /// <exception cref="ArgumentException">
    /// A trend has a time outside the horizon or a value outside [0, 1], or two trends move the same figure.
    /// </exception>
    public ScenarioDynamics(Horizon horizon, ImmutableArray<Trend> trends)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        trends = trends.IsDefault ? [] : trends;
        if (FindProblem(horizon, trends) is { } problem)
        {
            throw new ArgumentException(problem, nameof(trends));
        }

        Horizon = horizon;
        Trends = trends;
    }

    /// <summary>
    /// What keeps a section from being built of these parts, as a sentence, or null when nothing does: a
    /// trend's time outside the horizon or value outside [0, 1], or two trends moving the same figure.
    /// </summary>
    public static string? FindProblem(Horizon horizon, ImmutableArray<Trend> trends)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        var seen = new HashSet<(string, TrendTarget)>();
        foreach (var trend in trends.IsDefault ? [] : trends)
        {
            ArgumentNullException.ThrowIfNull(trend);
            if (!seen.Add((trend.ActorId, trend.Target)))
            {
                return $"Two trends move the {trend.Target} of '{trend.ActorId}'; keep one.";
            }

            foreach (var point in trend.Curve.Points)
            {
                if (!horizon.Contains(point.Time))
                {
                    return $"{trend.Describe()}: time {point.Time} lies outside the horizon [0, {horizon.Length}].";
                }

                if (point.Value < 0 || point.Value > 1)
                {
                    return $"{trend.Describe()}: value {point.Value} lies outside [0, 1].";
                }
            }
        }

        return null;
    }

    /// <summary>The horizon.</summary>
    public Horizon Horizon { get; }

    /// <summary>The trends.</summary>
    public ImmutableArray<Trend> Trends { get; }

    /// <summary>The trend that moves <paramref name="target"/> of <paramref name="actorId"/>, or null.</summary>
    public Trend? TrendOf(string actorId, TrendTarget target)
    {
        foreach (var trend in Trends)
        {
            if (trend.Target == target && string.Equals(trend.ActorId, actorId, StringComparison.Ordinal))
            {
                return trend;
            }
        }

        return null;
    }

    /// <summary>
    /// Every time at which a trend has a point, plus 0 and the horizon's end, ascending and distinct:
    /// between two of them every trend is linear or constant.
    /// </summary>
    public ImmutableArray<double> Breakpoints()
    {
        var times = new SortedSet<double> { 0, Horizon.Length };
        foreach (var trend in Trends)
        {
            foreach (var point in trend.Curve.Points)
            {
                times.Add(point.Time);
            }
        }

        return [.. times];
    }
}
