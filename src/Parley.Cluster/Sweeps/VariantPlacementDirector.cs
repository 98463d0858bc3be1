using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// Picks the silo of a piece from its placement group: a stable hash of the key without its last segment
/// (<c>{sweep}/{group}</c>) over the compatible silos in address order. Every silo that places a piece of the
/// group picks the same one while membership holds; when a silo leaves or joins, pieces not yet placed are
/// hashed over the new set (a dead silo's pieces are placed again when the client asks again).
/// </summary>
public sealed class VariantPlacementDirector : IPlacementDirector
{
    /// <inheritdoc />
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target).ToArray();
        if (silos.Length == 0)
        {
            throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        }

        Array.Sort(silos, (a, b) => string.CompareOrdinal(a.ToParsableString(), b.ToParsableString()));
        string key = target.GrainIdentity.Key.ToString() ?? "";
        int slash = key.LastIndexOf('/');
        return Task.FromResult(silos[Fnv1a(slash < 0 ? key : key[..slash]) % (uint)silos.Length]);
    }

    // string.GetHashCode differs between processes; every silo must hash a variant alike.
    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
