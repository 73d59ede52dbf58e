using StackExchange.Redis;

namespace Platform.ServiceDefaults;

/// <summary>
/// ConnectionStrings__cache in either form: StackExchange.Redis's own ("host:port,password=…,ssl=true"), or a URI as
/// managed Redis services hand it out (redis://[user:password@]host[:port][/db]; rediss:// is TLS, on 6380 unless the
/// URI names a port). StackExchange.Redis parses only the first, so a URI is turned into it here; TLS then checks the
/// server's certificate against its host name.
/// </summary>
public static class CacheAddress
{
    public static string ToConfiguration(string connectionString)
    {
        if (!connectionString.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) &&
            !connectionString.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var uri = new Uri(connectionString);
        var tls = uri.Scheme.Equals("rediss", StringComparison.OrdinalIgnoreCase);
        var options = new ConfigurationOptions { Ssl = tls, SslHost = tls ? uri.Host : null };
        options.EndPoints.Add(uri.Host, uri.IsDefaultPort ? (tls ? 6380 : 6379) : uri.Port);
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials.Length == 2)
        {
            options.User = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null;
            options.Password = Uri.UnescapeDataString(credentials[1]);
        }
        else if (credentials[0].Length > 0)
        {
            // redis://password@host, as some providers write it.
            options.Password = Uri.UnescapeDataString(credentials[0]);
        }

        if (int.TryParse(uri.AbsolutePath.Trim('/'), out var database))
        {
            options.DefaultDatabase = database;
        }

        return options.ToString(includePassword: true);
    }
}
