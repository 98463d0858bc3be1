using Orleans.Runtime;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// Places every piece of one placement group (a sweep variant, or part of one in a sweep of few variants:
/// <see cref="ClusterSweep.PlacementGroup"/>) on the same silo (<see cref="VariantPlacementDirector"/>), so the
/// variant's setup (its derivation, its conflict and end-state structure, each claim's variant) is made on one
/// worker and reused by all its pieces there, as a local run reuses it.
/// </summary>
[Serializable]
[GenerateSerializer]
[Immutable]
[SuppressReferenceTracking]
public sealed class VariantPlacement : PlacementStrategy
{
    /// <summary>The one instance the attribute and the director share.</summary>
    public static VariantPlacement Singleton { get; } = new();
}
