using System.Collections.Concurrent;
using System.Collections.Immutable;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// Runs a sweep on an Orleans cluster: stores its definition under its id, then asks every piece's grain for its
/// result, a bounded number at a time. A piece lost with its silo is asked again (Orleans activates it on a live
/// silo); pieces already stored come back at once, which is all <c>--resume</c> needs. Membership, placement and
/// failure detection are Orleans'; this only counts attempts, so a piece that keeps failing is reported, not retried
/// forever.
/// </summary>
public static class ClusterSweep
{
    /// <summary>How many times a piece is asked before it is reported as failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The sweep's texts as the cluster stores them.</summary>
    public static SweepJob Job(SweepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new SweepJob(input.SpecFile, input.Spec, input.Scenarios.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The texts of a stored sweep, to read again with <see cref="SweepSpecReader.Read"/>.</summary>
    public static SweepInput Input(SweepJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new SweepInput(job.SpecFile, job.Spec, job.Scenarios.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>Asks for every piece of the sweep stored as <paramref name="id"/>; returns the results gathered (all, unless cancelled).</summary>
    /// <param name="grains">A cluster client or a silo's grain factory.</param>
    /// <param name="id">The sweep's id.</param>
    /// <param name="definition">The sweep (already stored with <see cref="ISweepGrain.Define"/>).</param>
    /// <param name="onPiece">Told of each piece as it arrives, or null.</param>
    /// <param name="parallel">Pieces asked for at a time (each silo computes only as many as its threads); 0 for four per active silo.</param>
    /// <param name="cancellationToken">Stops asking; pieces already computing finish and are stored.</param>
    public static async Task<IReadOnlyDictionary<int, SweepPieceResult>> Run(
        IGrainFactory grains,
        string id,
        SweepDefinition definition,
        Action<SweepPieceResult>? onPiece,
        int parallel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(definition);
        var results = new ConcurrentDictionary<int, SweepPieceResult>();
        if (parallel <= 0)
        {
            // Few more calls than the cluster computes at once: a call waiting in a silo's queue counts against its timeout.
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            parallel = 4 * Math.Max(1, hosts.Count);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
        try
        {
            // Pieces of different groups at a time, so they spread over the silos.
            await Parallel.ForEachAsync(definition.PiecesInterleaved(), options, async (piece, token) =>
            {
                var result = await Ask(grains, id, PlacementGroup(definition, piece), piece, token);
                results[piece] = result;
                onPiece?.Invoke(result);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: the pieces done are stored in the cluster and returned here.
        }

        return results;
    }

    /// <summary>The fewest placement groups a sweep is split into, so that up to a few dozen workers share its pieces evenly.</summary>
    public const int MinPlacementGroups = 64;

    /// <summary>
    /// The placement group of <paramref name="piece"/>: the pieces of one group run on one silo (<see cref="VariantPlacement"/>),
    /// so a variant's setup is made once. A variant is one group when the sweep has at least
    /// <see cref="MinPlacementGroups"/> variants; with fewer, each variant's pieces are dealt over several groups, so
    /// a sweep of a few variants still spreads over the cluster. It depends on the sweep's definition alone, so a
    /// resumed sweep asks for the same grains and finds the pieces already stored.
    /// </summary>
    public static int PlacementGroup(SweepDefinition definition, int piece)
    {
        ArgumentNullException.ThrowIfNull(definition);
        int variants = definition.Variants.Length, perVariant = definition.PiecesPerVariant;
        int groupsPerVariant = Math.Clamp((MinPlacementGroups + variants - 1) / variants, 1, perVariant);
        return (piece / perVariant * groupsPerVariant) + (piece % perVariant % groupsPerVariant);
    }

    private static async Task<SweepPieceResult> Ask(IGrainFactory grains, string id, int group, int piece, CancellationToken token)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await grains.GetGrain<ISweepPieceGrain>(SweepPieceGrain.Key(id, group, piece)).Compute().WaitAsync(token);
                return new SweepPieceResult(outcome.Piece, [.. outcome.Values], outcome.Problem);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < MaxAttempts)
            {
                // A silo that died with the piece, a gateway that went away, a timeout: Orleans places the grain again
                // on a live silo on the next call. Wait a little so membership can declare the dead silo dead.
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 << attempt)), token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new SweepPieceResult(piece, [], $"The piece failed {MaxAttempts} times on the cluster; last: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
