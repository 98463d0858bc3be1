using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using Parley.Cluster.Hosting;
using Parley.Tests;

namespace Parley.Cluster.Tests.Hosting;

/// <summary>Silos given the same PostgreSQL database form one cluster and share grain state (ADO.NET clustering and storage on Parley's own scripts).</summary>
public sealed class PostgresClusterTests
{
    [PostgresFact]
    public async Task TwoSilos_OnOneDatabase_FormOneCluster()
    {
        string database = PostgresServer.NewDatabase();
        using var first = await StartSilo(database);
        using var second = await StartSilo(database);

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var hosts = await WaitFor(async () => await management.GetHosts(onlyActive: true), h => h.Count == 2);

        Assert.Equal(2, hosts.Count);
        Assert.Equal(2, await Scalar(database, "SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        await first.StopAsync();
        await second.StopAsync();
    }

    [PostgresFact]
    public async Task GrainState_WrittenByOneSilo_IsReadByAnother_AndAStaleWriteFails()
    {
        string database = PostgresServer.NewDatabase();
        using var first = await StartSilo(database);
        using var second = await StartSilo(database);
        var id = GrainId.Create("test", Guid.NewGuid().ToString("N"));
        var writer = first.Services.GetRequiredKeyedService<IGrainStorage>(ParleySilo.JobStorage);
        var reader = second.Services.GetRequiredKeyedService<IGrainStorage>(ParleySilo.JobStorage);

        var state = new GrainState<string> { State = "first" };
        await writer.WriteStateAsync("test-grain", id, state);
        var stale = new GrainState<string> { State = "stale", ETag = state.ETag, RecordExists = true };
        state.State = "second";
        await writer.WriteStateAsync("test-grain", id, state);
        var read = new GrainState<string>();
        await reader.ReadStateAsync("test-grain", id, read);

        Assert.Equal("second", read.State);
        Assert.Equal(state.ETag, read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => writer.WriteStateAsync("test-grain", id, stale));
        await first.StopAsync();
        await second.StopAsync();
    }

    [PostgresFact]
    public async Task Schema_AppliedTwice_ChangesNothing()
    {
        string database = PostgresServer.NewDatabase();
        await ClusterSchema.Apply(database, CancellationToken.None);
        long queries = await Scalar(database, "SELECT count(*) FROM orleansquery");
        await ClusterSchema.Apply(database, CancellationToken.None);

        Assert.Equal(queries, await Scalar(database, "SELECT count(*) FROM orleansquery"));
        Assert.Equal(14, queries); // ten clustering queries, four storage queries
    }

    private static async Task<IHost> StartSilo(string database)
    {
        var settings = new ClusterSettings(database, FreePort.Next(), FreePort.Next());
        var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo => silo.ConfigureParley(settings))
            .Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<T> WaitFor<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (int i = 0; i < 60 && !done(value); i++)
        {
            await Task.Delay(500);
            value = await read();
        }

        return value;
    }

    private static async Task<long> Scalar(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
