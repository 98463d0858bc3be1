namespace Parley.Core.Model.Dynamics;

/// <summary>Which figure of an actor a trend moves.</summary>
public enum TrendTarget
{
    /// <summary>The walk-away (reservation) value of the actor's position.</summary>
    WalkAway,

    /// <summary>The actor's capability (clout).</summary>
    Capability,
}
