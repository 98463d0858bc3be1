using System.Net;
using System.Net.Sockets;

namespace Parley.Tests;

/// <summary>A TCP port free on loopback right now (for the workspace, its Orleans silo and the silos of a test).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
