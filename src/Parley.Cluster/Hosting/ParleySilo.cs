using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Parley.Cluster.Hosting;

/// <summary>The one silo configuration every Parley process uses: <c>parley serve</c>, <c>parley worker</c> and the tests.</summary>
public static class ParleySilo
{
    /// <summary>The grain storage that holds background jobs and sweeps.</summary>
    public const string JobStorage = "jobs";

    /// <summary>
    /// How long a grain call may take before it times out. It bounds how long a call to a silo that died without a
    /// word can hang before it is asked again elsewhere, so it is kept short: pieces should take well under a minute
    /// (draws-per-piece), and the client asks for only a few more pieces at a time than the cluster computes.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The ADO.NET provider name of Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Configures clustering and grain storage: localhost and in memory, or ADO.NET on PostgreSQL (the schema applied
    /// first, at the very start of the silo's lifecycle).
    /// </summary>
    public static ISiloBuilder ConfigureParley(this ISiloBuilder silo, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.AddParleyGrainServices(settings.Threads);
        if (settings.PostgresConnection is not { } connection)
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: ClusterSettings.ServiceId, clusterId: ClusterSettings.ClusterId);
            silo.AddMemoryGrainStorage(JobStorage);
            return silo;
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = ClusterSettings.ServiceId;
            o.ClusterId = ClusterSettings.ClusterId;
        });
        var address = settings.AddressToAdvertise();
        // Over a network the silo listens on every interface (a container's or NAT's address may differ from the advertised one).
        silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !System.Net.IPAddress.IsLoopback(address));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // A silo writes its heartbeat to the table every 10 s, and one not heard from for 30 s no longer counts as
            // active to a silo that joins. Orleans' defaults (minutes) would keep a worker restarted after every
            // process was killed waiting at the door for silos no one is left to declare dead.
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
            o.NumMissedTableIAmAliveLimit = 3;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connection;
        });
        silo.AddAdoNetGrainStorage(JobStorage, o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connection;
        });
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new SchemaParticipant(connection));
        return silo;
    }

    /// <summary>
    /// What Parley's grains need on every silo, whatever its clustering: the sweep computer and a response timeout
    /// long enough for a piece. (The tests' TestingHost silos call this alone.)
    /// </summary>
    public static ISiloBuilder AddParleyGrainServices(this ISiloBuilder silo, int threads)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(new Sweeps.SweepComputer(threads));
        silo.AddPlacementDirector<Sweeps.VariantPlacement, Sweeps.VariantPlacementDirector>();
        // A piece may wait for a free thread and then compute: a call is given that long (see ResponseTimeout).
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return silo;
    }

    private sealed class SchemaParticipant(string connection) : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(ClusterSchema), ServiceLifecycleStage.First, token => ClusterSchema.Apply(connection, token));
    }
}
