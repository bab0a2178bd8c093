using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Web;

public class ServeVerbTests
{
    [Fact]
    public async Task The_server_migrates_seeds_says_where_it_listens_and_answers_health()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database);
        using var http = new HttpClient { BaseAddress = server.Address };

        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(database.Path));
    }

    [Fact]
    public async Task The_scheduler_registers_every_job_at_start_and_shows_them_on_its_dashboard_to_this_machine()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database, new Dictionary<string, string?> { ["Jobs:Dashboard"] = "Local" });
        using var http = new HttpClient { BaseAddress = server.Address };

        var recurring = await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative));

        foreach (var job in new[] { "asset-check", "monthly-reminder", "monthly-summary", "complaint-watch" })
        {
            Assert.Contains(job, recurring, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_LINE_settings_queued_messages_wait_for_a_start_with_LINE_instead_of_failing()
    {
        using var database = new TempDatabaseFile();
        await BotProcess.RunAsync(database, "", "jobs", "list");
        await using (var db = database.NewContext())
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Kind = OutboxKind.Push,
                ChatId = "U1",
                Recipients = ["U1"],
                Messages = """[{"type":"text","text":"เตือน"}]""",
                CreatedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // The outbox worker decides as the server starts; a request answered shows the start is over.
        await using (var server = await BotServer.StartAsync(database))
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }

        await using var check = database.NewContext();
        var message = await check.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal((OutboxStatus.Pending, 0), (message.Status, message.Attempts));
    }

    [Fact]
    public async Task Without_LINE_settings_the_server_runs_and_its_webhook_says_it_is_not_configured()
    {
        using var database = new TempDatabaseFile();
        await using var server = await BotServer.StartAsync(database);
        using var http = new HttpClient { BaseAddress = server.Address };

        var response = await LineWebhook.PostAsync(http, LineWebhook.Body());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Line:ChannelSecret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_only_one_of_the_two_LINE_settings_the_server_refuses_to_start_and_says_why()
    {
        using var database = new TempDatabaseFile();
        var settings = new Dictionary<string, string?> { ["Line:ChannelSecret"] = "only-the-secret" };

        var result = await BotProcess.RunAsync(database, settings, "", "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Line:ChannelAccessToken", result.Output + result.Error, StringComparison.Ordinal);
    }
}
