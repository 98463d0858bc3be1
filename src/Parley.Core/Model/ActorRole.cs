namespace Parley.Core.Model;

/// <summary>The part an actor plays in the talks.</summary>
public enum ActorRole
{
    /// <summary>A side whose consent a deal needs (by default, every issue needs every party).</summary>
    Party,

    /// <summary>Proposes and brokers, without a veto unless an issue names it.</summary>
    Mediator,

    /// <summary>Supports a party and can change its capability or walk-away value (through levers).</summary>
    Backer,

    /// <summary>Hosts the talks.</summary>
    Host,

    /// <summary>Follows the talks without a stake modelled here.</summary>
    Observer,
}
