using Orleans.Concurrency;

namespace Parley.Cluster.Sweeps;

/// <summary>Computes pieces on its own silo, through the silo's <see cref="SweepComputer"/> (which bounds the threads used).</summary>
[StatelessWorker]
public sealed class PieceWorkerGrain(SweepComputer computer) : Grain, IPieceWorkerGrain
{
    /// <inheritdoc />
    public Task<PieceOutcome> Compute(string sweepId, int piece) => computer.Compute(GrainFactory, sweepId, piece);
}
