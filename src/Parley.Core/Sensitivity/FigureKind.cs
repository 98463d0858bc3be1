namespace Parley.Core.Sensitivity;

/// <summary>Which assumed figure of a scenario a sensitivity probe changes.</summary>
public enum FigureKind
{
    /// <summary>An actor's walk-away value (reservation utility).</summary>
    WalkAway,

    /// <summary>The weight of an actor's stand on one issue (before normalisation over the track).</summary>
    Weight,

    /// <summary>An actor's capability (clout in the forecast models).</summary>
    Capability,

    /// <summary>An option's place on its issue's 0–100 axis (for spatial forecasts).</summary>
    AxisValue,

    /// <summary>One preference statement of a decision maker in the graph model, dropped.</summary>
    PreferenceStatement,
}
