using Parley.Cluster.Sweeps;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>A sweep on three silos gives the local run's rows, also when a silo dies in the middle of it.</summary>
public sealed class ClusterSweepTests : IAsyncLifetime
{
    private readonly ThreeSilos silos = new();

    public Task InitializeAsync() => silos.InitializeAsync();

    public Task DisposeAsync() => silos.DisposeAsync();

    [Fact]
    public async Task Rows_OnThreeSilos_EqualTheLocalRun()
    {
        var (input, definition) = Spec("levers: [[], [strike-fund-boost], [spring-order, board-veto-38]]");
        var local = SweepRows.Of(definition, LocalSweep.Run(definition, new Dictionary<int, SweepPieceResult>()));

        var rows = await OnCluster(input, definition, "three-silos", afterPieces: null);

        Same(local, rows);
    }

    [Fact]
    public async Task Rows_WhenASiloIsKilledMidSweep_AreUnchanged()
    {
        var (input, definition) = Spec("levers: all");
        var local = SweepRows.Of(definition, LocalSweep.Run(definition, new Dictionary<int, SweepPieceResult>()));

        var rows = await OnCluster(input, definition, "killed", afterPieces: (int)(definition.PieceCount / 4));

        Same(local, rows);
    }

    private async Task<IReadOnlyList<SweepRow>> OnCluster(SweepInput input, SweepDefinition definition, string id, int? afterPieces)
    {
        var client = silos.Cluster.Client;
        Assert.True(await client.GetGrain<ISweepGrain>(id).Define(ClusterSweep.Job(input)));
        int done = 0;
        var killed = new TaskCompletionSource();
        var run = ClusterSweep.Run(client, id, definition, _ =>
        {
            if (Interlocked.Increment(ref done) == afterPieces)
            {
                killed.TrySetResult();
            }
        }, parallel: 6, CancellationToken.None);
        if (afterPieces is not null)
        {
            await Task.WhenAny(killed.Task, run);
            Assert.False(run.IsCompleted, "The sweep finished before a silo could be killed; make it longer.");
            await silos.Cluster.KillSiloAsync(silos.Cluster.SecondarySilos[0]);
        }

        var results = await run;
        // Some lever combinations do not apply (PAR201), here as in the local run; none may be a lost piece.
        Assert.DoesNotContain(results.Values, r => r.Problem?.StartsWith("The piece failed", StringComparison.Ordinal) == true);
        return SweepRows.Of(definition, results);
    }

    private static (SweepInput Input, SweepDefinition Definition) Spec(string levers) =>
        LabourSpec.Read($"{levers}\ndraws: 8\ndraws-per-piece: 4\nforecast-runs: 20\nanswers: [claims, agreement, forecast]");

    private static void Same(IReadOnlyList<SweepRow> expected, IReadOnlyList<SweepRow> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"row {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
