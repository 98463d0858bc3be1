using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>What <see cref="StabilityAnalysis"/> computes.</summary>
/// <param name="Concepts">The concepts; empty means all six.</param>
/// <param name="Partition">
/// A coalition partition in gmcr-py's sense (blocks of decision-maker indices; decision makers not named
/// stay alone): each block moves as one, and improves only when every member is strictly better off. Null
/// for the individual analysis.
/// </param>
/// <param name="MaxDegreeOfParallelism">Threads to use; null for the runtime's choice. Results do not depend on it.</param>
public sealed record StabilityOptions(
    ImmutableArray<StabilityConcept> Concepts = default,
    ImmutableArray<ImmutableArray<int>>? Partition = null,
    int? MaxDegreeOfParallelism = null)
{
    /// <summary>All six concepts, individual analysis.</summary>
    public static StabilityOptions Default { get; } = new();

    /// <summary>The concepts to compute, in enum order.</summary>
    public ImmutableArray<StabilityConcept> EffectiveConcepts =>
        Concepts.IsDefaultOrEmpty ? [.. Enum.GetValues<StabilityConcept>()] : [.. Concepts.Distinct().Order()];
}
