using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>
/// Preferences by an explicit ranking of the feasible states, best first, in ordered state numbers
/// (1-based, gmcr-py numbering); each tier holds states that are tied. Every feasible state must appear
/// exactly once.
/// </summary>
/// <param name="TiersBestFirst">Tiers of tied ordered state numbers, best tier first.</param>
public sealed record StateRanking(ImmutableArray<ImmutableArray<int>> TiersBestFirst) : PreferenceModel
{
    /// <inheritdoc />
    public override string Describe() => $"explicit ranking in {TiersBestFirst.Length} tiers";
}
