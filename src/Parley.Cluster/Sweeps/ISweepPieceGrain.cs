namespace Parley.Cluster.Sweeps;

/// <summary>
/// One piece of one sweep (key: <c>{sweepId}/{piece}</c>), placed on any silo of the cluster. It returns its stored
/// result when it has one; otherwise it has its silo compute the piece, stores the result, and returns it.
/// </summary>
public interface ISweepPieceGrain : IGrainWithStringKey
{
    /// <summary>The piece's result, computed at most once per stored state.</summary>
    Task<PieceOutcome> Compute();
}
