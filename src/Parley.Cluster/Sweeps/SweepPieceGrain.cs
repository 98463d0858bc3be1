using System.Globalization;
using Orleans.Placement;
using Parley.Cluster.Hosting;

namespace Parley.Cluster.Sweeps;

/// <summary>
/// A piece, activated on a silo chosen at random (so pieces spread over the cluster) and computed by that silo's
/// stateless workers. Its result is written to grain storage before it is returned: once a caller has it, it is kept.
/// </summary>
[RandomPlacement]
public sealed class SweepPieceGrain([PersistentState("piece", ParleySilo.JobStorage)] IPersistentState<PieceState> state) : Grain, ISweepPieceGrain
{
    /// <inheritdoc />
    public async Task<PieceOutcome> Compute()
    {
        if (state.State.Outcome is { } done)
        {
            return done;
        }

        string key = this.GetPrimaryKeyString();
        int slash = key.LastIndexOf('/');
        string sweepId = key[..slash];
        int piece = int.Parse(key[(slash + 1)..], CultureInfo.InvariantCulture);
        var outcome = await GrainFactory.GetGrain<IPieceWorkerGrain>(0).Compute(sweepId, piece);
        state.State.Outcome = outcome;
        await state.WriteStateAsync();
        return outcome;
    }

    /// <summary>The key of piece <paramref name="piece"/> of sweep <paramref name="sweepId"/>.</summary>
    public static string Key(string sweepId, int piece) => string.Create(CultureInfo.InvariantCulture, $"{sweepId}/{piece}");
}
