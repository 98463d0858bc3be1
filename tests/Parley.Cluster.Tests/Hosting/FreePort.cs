using System.Net;
using System.Net.Sockets;

namespace Parley.Cluster.Tests.Hosting;

/// <summary>A TCP port free on loopback right now (for the silos of a test).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
