using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// Who may open the dashboard, as <see cref="JobDashboardOptions"/> says. Behind a proxy on the same machine every
/// request comes from 127.0.0.1, so "local" means the client the proxy forwarded — believed only from a proxy named in
/// <c>Jobs:DashboardProxies</c>; a relayed request from any other is refused.
/// </summary>
internal sealed class DashboardGate(JobDashboardOptions options) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (Client(http) is not { } client)
        {
            return false;
        }

        return options.Dashboard switch
        {
            DashboardAccess.Local => IPAddress.IsLoopback(client.Address),
            DashboardAccess.Password => client.Https && SignedIn(http),
            _ => false,
        };
    }

    /// <summary>The requester and whether it came over HTTPS; null for a request relayed by a proxy not trusted.</summary>
    private (IPAddress Address, bool Https)? Client(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        var relayed = forwarded.Length > 0 || http.Request.Headers.ContainsKey("Forwarded");
        if (remote is null)
        {
            return null;
        }

        if (!relayed)
        {
            return (remote, http.Request.IsHttps);
        }

        if (!options.DashboardProxies.Any(p => IPAddress.TryParse(p, out var proxy) && proxy.Equals(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)))
        {
            return null;
        }

        // The proxy appends the address it saw: the last one is the only one it vouches for.
        var last = forwarded.Split(',').Select(a => a.Trim()).LastOrDefault(a => a.Length > 0);
        return last is not null && IPAddress.TryParse(last, out var client)
            ? (client, string.Equals(http.Request.Headers["X-Forwarded-Proto"].ToString().Split(',')[^1].Trim(), "https", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private bool SignedIn(HttpContext http)
    {
        if (options.DashboardUser.Length > 0 && options.DashboardPassword.Length > 0
            && AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && header is { Scheme: "Basic", Parameter: { } parameter })
        {
            var expected = Encoding.UTF8.GetBytes($"{options.DashboardUser}:{options.DashboardPassword}");
            var given = TryDecode(parameter);
            if (given is not null && CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return true;
            }
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"ItaBot jobs\", charset=\"UTF-8\"";
        return false;
    }

    private static byte[]? TryDecode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
