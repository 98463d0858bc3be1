namespace Parley.Core.Agreement;

/// <summary>What kind of condition an actor sets on a deal.</summary>
public enum DemandKind
{
    /// <summary>The actor's red line on one issue: only the options it can live with.</summary>
    RedLine,

    /// <summary>The actor's walk-away value: a deal must be worth at least this much to it.</summary>
    WalkAway,
}
