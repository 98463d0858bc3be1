using Orleans.Placement;

namespace Parley.Cluster.Sweeps;

/// <summary>Marks a grain whose key is <c>{sweep}/{placement group}/{piece}</c> for <see cref="VariantPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class VariantPlacementAttribute() : PlacementAttribute(VariantPlacement.Singleton);
