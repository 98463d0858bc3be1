using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>What a party does at its turn.</summary>
public enum NegotiationAction
{
    /// <summary>Rejects the standing offer (if any) and puts its own on the table.</summary>
    Offer,

    /// <summary>Accepts the standing offer.</summary>
    Accept,
}
