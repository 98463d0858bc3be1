namespace Parley.Core.Forecast;

/// <summary>Why an actor moved in a round of the expected utility model.</summary>
public enum OfferKind
{
    /// <summary>It expects to lose a confrontation and gives in: it moves to the challenger's position.</summary>
    Confrontation,

    /// <summary>It expects the challenger to gain more than it would, and meets it part way.</summary>
    Compromise,

    /// <summary>It capitulates: it moves to the challenger's position.</summary>
    Capitulation,
}
