namespace Parley.Core.Model;

/// <summary>
/// Where a figure or position comes from: a party's own statement, the modeller's reading of a source,
/// or the modeller's judgement.
/// </summary>
public enum Provenance
{
    /// <summary>Stated by the actor, with a source (a red line so marked carries a quote that says it).</summary>
    Stated,

    /// <summary>A judgement of the modeller; reports mark it as an assumption.</summary>
    Assumption,

    /// <summary>
    /// The modeller's reading of a source that does not say it in so many words; the reasoning is in
    /// the note. Reports show it apart from both stated positions and free assumptions.
    /// </summary>
    Inferred,
}
