using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Web;

/// <summary>
/// <c>/hangfire</c> triggers jobs that push to every manager: off unless <c>Jobs:Dashboard</c> says how it is protected,
/// and never open to a request relayed from outside by a proxy on the same machine.
/// </summary>
public class DashboardTests
{
    private const string Outside = "203.0.113.5";

    [Fact]
    public async Task Without_a_protection_named_the_dashboard_is_not_served()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database);
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Local_admits_the_machine_itself_and_refuses_an_outside_client_relayed_by_a_local_proxy()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database, new Dictionary<string, string?>
        {
            ["Jobs:Dashboard"] = "Local",
            ["Jobs:DashboardProxies:0"] = "127.0.0.1",
        });
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: Outside));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: $"127.0.0.1, {Outside}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, forwardedFor: "127.0.0.1"));
    }

    [Fact]
    public async Task Local_without_a_trusted_proxy_refuses_every_relayed_request()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database, new Dictionary<string, string?> { ["Jobs:Dashboard"] = "Local" });
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: "127.0.0.1"));
    }

    [Fact]
    public async Task Password_admits_the_user_over_https_through_the_trusted_proxy_only()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database, new Dictionary<string, string?>
        {
            ["Jobs:Dashboard"] = "Password",
            ["Jobs:DashboardUser"] = "palat",
            ["Jobs:DashboardPassword"] = "long-and-secret",
            ["Jobs:DashboardProxies:0"] = "127.0.0.1",
        });
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: Outside, proto: "https"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, forwardedFor: Outside, proto: "https", password: "long-and-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: Outside, proto: "https", password: "guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, forwardedFor: Outside, proto: "http", password: "long-and-secret"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string? forwardedFor = null, string? proto = null, string? password = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        if (password is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"palat:{password}")));
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
