namespace Parley.Core.Forecast;

/// <summary>Which of several credible offers an actor accepts in the expected utility model.</summary>
public enum OfferSelection
{
    /// <summary>
    /// The order of Scholz et al.'s code: any confrontation it expects to lose first (the nearest), else
    /// the compromise whose EU-weighted point (|Eᵢⱼ|xᵢ + |Eⱼᵢ|xⱼ)/(|Eᵢⱼ| + |Eⱼᵢ|) is smallest, else a
    /// capitulation (the nearest).
    /// </summary>
    ScholzOrder,

    /// <summary>Bueno de Mesquita's rule: among all credible offers, the one that asks the least movement.</summary>
    LeastMovement,
}
