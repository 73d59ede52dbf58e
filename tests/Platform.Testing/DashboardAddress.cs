using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Platform.Testing;

/// <summary>Where a test's Aspire dashboard listens (its pages and its OTLP receiver) and the token that signs a browser in.</summary>
public sealed record DashboardAddress(Uri Frontend, Uri Otlp, string BrowserToken)
{
    /// <summary>
    /// Two ports the operating system hands out while both are held, so they differ from each other; DCP allocates every
    /// other port of the platform itself.
    /// </summary>
    public static DashboardAddress OnFreePorts()
    {
        using var frontend = new TcpListener(IPAddress.Loopback, 0);
        using var otlp = new TcpListener(IPAddress.Loopback, 0);
        frontend.Start();
        otlp.Start();
        return new DashboardAddress(Address(frontend), Address(otlp), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
    }

    public Uri Login => new(Frontend, $"/login?t={BrowserToken}");

    private static Uri Address(TcpListener listener) => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
}
