using Orleans.Concurrency;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// Computes pieces on the silo that calls it (a stateless worker: one or more local activations, no state of its own).
/// Background analyses and sweeps send their independent pieces here.
/// </summary>
public interface IPieceWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Computes piece <paramref name="piece"/> of the sweep stored as <paramref name="sweepId"/>.</summary>
    [AlwaysInterleave]
    Task<PieceOutcome> Compute(string sweepId, int piece);
}
