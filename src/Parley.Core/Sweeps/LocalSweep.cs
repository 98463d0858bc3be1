using System.Collections.Concurrent;
using Parley.Core.Threading;

namespace Parley.Core.Sweeps;

/// <summary>
/// Runs a sweep's pieces in this process on all cores (or as many as asked), skipping those
/// already done. Stops between pieces when cancelled; the pieces done so far are returned either way.
/// </summary>
public static class LocalSweep
{
    /// <summary>Runs the pieces of <paramref name="definition"/> not in <paramref name="done"/>; returns every result.</summary>
    /// <param name="definition">The sweep.</param>
    /// <param name="done">Results of pieces already done (a resume), or empty.</param>
    /// <param name="onPiece">Told of each piece as it finishes (from worker threads), or null.</param>
    /// <param name="maxDegreeOfParallelism">Pieces at a time; -1 for all cores.</param>
    /// <param name="cancellationToken">Stops between pieces.</param>
    public static IReadOnlyDictionary<int, SweepPieceResult> Run(
        SweepDefinition definition,
        IReadOnlyDictionary<int, SweepPieceResult> done,
        Action<SweepPieceResult>? onPiece = null,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(done);
        var results = new ConcurrentDictionary<int, SweepPieceResult>(done);
        var sessions = new SweepSessions(definition);
        var todo = definition.PiecesInterleaved().Where(i => !done.ContainsKey(i)).ToArray();
        var parallel = ParallelWork.Options(maxDegreeOfParallelism, cancellationToken);
        try
        {
            Parallel.ForEach(todo, parallel, piece =>
            {
                var result = SweepPiece.Run(sessions, piece, cancellationToken);
                results[piece] = result;
                onPiece?.Invoke(result);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: what is done is kept.
        }

        return results;
    }
}
