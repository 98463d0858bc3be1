namespace Parley.Core.Forecast;

/// <summary>Whose estimate of the victory probability forms the bargain (KTAB's BargnModel).</summary>
public enum BargainPerspective
{
    /// <summary>The initiator's estimate only; initiator and target queue the same bargain (KTAB's default).</summary>
    InitiatorOnly,

    /// <summary>Both the initiator's and the target's bargain are queued for both.</summary>
    InitiatorAndReceiver,

    /// <summary>One bargain: the capability × salience-weighted average of the two perspectives.</summary>
    PowerWeightedCompromise,
}
