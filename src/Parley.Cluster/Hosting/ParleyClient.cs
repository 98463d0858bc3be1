using Orleans.Configuration;
using Orleans.Hosting;

namespace Parley.Cluster.Hosting;

/// <summary>The Orleans client of <c>parley sweep --cluster</c>: it finds the cluster's gateways in the PostgreSQL database.</summary>
public static class ParleyClient
{
    /// <summary>Configures a client of the cluster whose membership lives in <paramref name="connection"/>.</summary>
    public static IClientBuilder ConfigureParley(this IClientBuilder client, string connection)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(connection);
        client.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = ClusterSettings.ServiceId;
            o.ClusterId = ClusterSettings.ClusterId;
        });
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ParleySilo.ResponseTimeout);
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = ParleySilo.NpgsqlInvariant;
            o.ConnectionString = connection;
        });
        return client;
    }
}
