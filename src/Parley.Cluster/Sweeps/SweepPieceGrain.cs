using System.Globalization;
using Parley.Cluster.Hosting;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// A piece, activated on the silo its placement group hashes to (<see cref="VariantPlacement"/>: variants spread over
/// the cluster, and a variant's setup is made once) and computed by that silo's stateless workers. Its result is
/// written to grain storage before it is returned: once a caller has it, it is kept.
/// </summary>
[VariantPlacement]
public sealed class SweepPieceGrain([PersistentState("piece", ParleySilo.JobStorage)] IPersistentState<PieceState> state) : Grain, ISweepPieceGrain
{
    /// <inheritdoc />
    public async Task<PieceOutcome> Compute()
    {
        if (state.State.Outcome is { } done)
        {
            return done;
        }

        // The key is {sweep}/{placement group}/{piece}; a sweep id may itself hold slashes.
        string key = this.GetPrimaryKeyString();
        int slash = key.LastIndexOf('/');
        string sweepId = key[..key.LastIndexOf('/', slash - 1)];
        int piece = int.Parse(key[(slash + 1)..], CultureInfo.InvariantCulture);
        var outcome = await GrainFactory.GetGrain<IPieceWorkerGrain>(0).Compute(sweepId, piece);
        state.State.Outcome = outcome;
        await state.WriteStateAsync();
        return outcome;
    }

    /// <summary>The key of piece <paramref name="piece"/> of sweep <paramref name="sweepId"/>, in placement group <paramref name="group"/> (<see cref="ClusterSweep.PlacementGroup"/>).</summary>
    public static string Key(string sweepId, int group, int piece) => string.Create(CultureInfo.InvariantCulture, $"{sweepId}/{group}/{piece}");
}
