using System.Collections.Immutable;

namespace Parley.Core.Model.Dynamics;

/// <summary>
/// How one figure of one actor (its walk-away value or its capability) changes over the horizon, with
/// where that expectation comes from.
/// </summary>
/// <param name="ActorId">Whose figure.</param>
/// <param name="Target">Which figure.</param>
/// <param name="Curve">The shape over time; values lie in [0, 1].</param>
/// <param name="Provenance">Stated by a source, or the modeller's assumption.</param>
/// <param name="Sources">Ids of the sources the trend rests on.</param>
/// <param name="Note">The modeller's reasoning (expected for assumptions), or null.</param>
public sealed record Trend(
    string ActorId,
    TrendTarget Target,
    TrendCurve Curve,
    Provenance Provenance,
    ImmutableArray<string> Sources,
    string? Note)
{
    /// <summary>A one-line neutral description, for reports.</summary>
    public string Describe() =>
        $"{(Target == TrendTarget.WalkAway ? "walk-away" : "capability")} of {ActorId}: {Curve.Describe()}"
        + (Provenance == Provenance.Stated ? string.Empty : $" ({Provenance.Word()})");
}
