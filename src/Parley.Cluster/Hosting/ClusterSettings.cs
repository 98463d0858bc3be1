using System.Net;

namespace Parley.Cluster.Hosting;

/// <summary>
/// Where a silo listens and how it finds its cluster: on its own (localhost clustering, in-memory grain state,
/// nothing to install) or, given a PostgreSQL connection string, through membership and grain state in that
/// database, so every silo given the same database forms one cluster.
/// </summary>
/// <param name="PostgresConnection">The PostgreSQL connection string, or null for a silo on its own.</param>
/// <param name="SiloPort">The port silos talk to each other on.</param>
/// <param name="GatewayPort">The port clients connect to.</param>
/// <param name="AdvertisedAddress">The address other silos reach this one at; null picks one (see <see cref="AddressToAdvertise"/>).</param>
public sealed record ClusterSettings(string? PostgresConnection, int SiloPort, int GatewayPort, IPAddress? AdvertisedAddress = null)
{
    /// <summary>Sweep pieces this silo computes at a time (<c>parley worker --threads N</c>); all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The default silo-to-silo port (Orleans' own default).</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The default gateway port (Orleans' own default).</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The Orleans service id: grain state is keyed by it, so every Parley process shares it.</summary>
    public const string ServiceId = "parley";

    /// <summary>The Orleans cluster id: silos with the same database and cluster id form one cluster.</summary>
    public const string ClusterId = "parley";

    /// <summary>True when membership and grain state live in PostgreSQL.</summary>
    public bool UsesPostgres => PostgresConnection is not null;

    /// <summary>
    /// The address to advertise: the one given, or loopback when the database itself is on loopback (a cluster on one
    /// machine), or else the first IPv4 address of an interface that is up (a cluster over a network).
    /// </summary>
    public IPAddress AddressToAdvertise()
    {
        if (AdvertisedAddress is { } given)
        {
            return given;
        }

        if (PostgresConnection is null || DatabaseIsLocal(PostgresConnection))
        {
            return IPAddress.Loopback;
        }

        return System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }

    private static bool DatabaseIsLocal(string connection)
    {
        string? host = new Npgsql.NpgsqlConnectionStringBuilder(connection).Host;
        return host is null or "localhost" or "127.0.0.1" or "::1" || host.StartsWith('/');
    }
}
