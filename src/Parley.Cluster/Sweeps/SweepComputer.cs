using System.Collections.Concurrent;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// One per silo: reads each sweep's definition once (from its grain), keeps its lens sessions, and computes pieces on
/// the thread pool, at most <see cref="Threads"/> at a time (<c>parley worker --threads N</c>).
/// </summary>
public sealed class SweepComputer(int threads) : IDisposable
{
    private readonly SemaphoreSlim slots = new(threads, threads);
    private readonly ConcurrentDictionary<string, Lazy<Task<(SweepSessions? Sessions, string? Problem)>>> sweeps = new(StringComparer.Ordinal);

    /// <summary>Pieces computed at a time on this silo.</summary>
    public int Threads { get; } = threads;

    /// <summary>Computes one piece; a sweep whose stored definition no longer reads gives every piece that problem.</summary>
    public async Task<PieceOutcome> Compute(IGrainFactory grains, string sweepId, int piece)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var (sessions, problem) = await sweeps.GetOrAdd(sweepId, id => new Lazy<Task<(SweepSessions?, string?)>>(() => Load(grains, id))).Value;
        if (sessions is null)
        {
            return new PieceOutcome(piece, [], problem);
        }

        await slots.WaitAsync();
        try
        {
            var result = await Task.Run(() => SweepPiece.Run(sessions, piece));
            return new PieceOutcome(result.Piece, [.. result.Values], result.Problem);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => slots.Dispose();

    private static async Task<(SweepSessions?, string?)> Load(IGrainFactory grains, string id)
    {
        if (await grains.GetGrain<ISweepGrain>(id).Job() is not { } job)
        {
            return (null, $"No sweep '{id}' is stored in the cluster's database.");
        }

        var read = SweepSpecReader.Read(ClusterSweep.Input(job));
        return read.Value is { } definition
            ? (new SweepSessions(definition), null)
            : (null, "The stored sweep does not read: " + string.Join(" ", read.Diagnostics.Select(d => d.ToString())));
    }
}
