using Parley.Web.Hosting;

namespace Parley.Web;

/// <summary>The co-hosted Orleans silo: localhost clustering and in-memory grain state, nothing to install.</summary>
public static class ParleyOrleans
{
    /// <summary>The grain storage that holds background jobs.</summary>
    public const string JobStorage = "jobs";

    /// <summary>Adds the silo to the host.</summary>
    public static void AddParleySilo(this WebApplicationBuilder builder, ParleySettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: "parley", clusterId: "parley");
            silo.AddMemoryGrainStorage(JobStorage);
        });
    }
}
