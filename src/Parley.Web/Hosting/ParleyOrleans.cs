using Parley.Cluster.Hosting;
using Parley.Web.Hosting;

namespace Parley.Web;

/// <summary>
/// The co-hosted Orleans silo: localhost clustering and in-memory grain state by default (nothing to install); with a
/// PostgreSQL database, ADO.NET clustering and grain storage in that database, so several workspaces (and
/// <c>parley worker</c> processes) given the same database form one cluster.
/// </summary>
public static class ParleyOrleans
{
    /// <summary>The grain storage that holds background jobs.</summary>
    public const string JobStorage = ParleySilo.JobStorage;

    /// <summary>Adds the silo to the host.</summary>
    public static void AddParleySilo(this WebApplicationBuilder builder, ParleySettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var cluster = new ClusterSettings(settings.PostgresConnection, settings.SiloPort, settings.GatewayPort);
        builder.UseOrleans(silo => silo.ConfigureParley(cluster));
    }
}
