namespace Parley.Core.Model;

/// <summary>Where a figure or position comes from: a party's own statement, or the modeller's judgement.</summary>
public enum Provenance
{
    /// <summary>Stated by the actor, with a source.</summary>
    Stated,

    /// <summary>A judgement of the modeller; reports mark it as an assumption.</summary>
    Assumption,
}
