using System.Net;
using System.Net.Sockets;

namespace Parley.Web.Tests.Hosting;

/// <summary>A TCP port free on loopback right now (for the workspace and its Orleans silo in tests).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
