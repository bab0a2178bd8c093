using System.Globalization;
using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>
/// The SQLite storage's known weak spots — its distributed lock and "database is locked" — under a scheduler polling
/// many times a second, every job due every two seconds, while the webhook takes a steady stream of messages.
/// </summary>
public sealed class SchedulerSoakTests : IDisposable
{
    private const string Manager = "U00000000000000000000000000000m08";

    private const string Finance = "U00000000000000000000000000000s08";

    private const int Users = 8;

    /// <summary>Runs the scheduler must have made before the stream of messages stops: a good few of every job.</summary>
    private const int Runs = 40;

    private static readonly string[] Trouble = ["database is locked", "DistributedLockTimeout", "Unable to update heartbeat", "fail:", "crit:"];

    private readonly LineFake line = new();

    private readonly TempDatabaseFile database = new();

    [Fact]
    public async Task With_the_scheduler_polling_fast_beside_a_steady_webhook_nothing_locks_and_nothing_is_sent_twice()
    {
        await BotProcess.RunAsync(database, "", "jobs", "list");
        await TestPeople.LinkAsync(database, Manager, Role.Manager, PeopleDirectory.PalatUnit);
        await TestPeople.LinkAsync(database, Finance, Role.Staff, TestPeople.FinanceUnit);
        var settings = LineWebhook.Settings(line);
        settings["Jobs:Enabled"] = "true";
        settings["Jobs:Dashboard"] = "Local";
        settings["Jobs:PollInterval"] = "00:00:00.100";
        foreach (var job in new[] { "asset-check", "monthly-reminder", "monthly-summary", "complaint-watch", "retention" })
        {
            settings[$"Jobs:Schedules:{job}"] = "*/2 * * * * *";
        }

        await using var server = await BotServer.StartAsync(database, settings);
        using var http = new HttpClient { BaseAddress = server.Address };

        // Every user writes once a round until the scheduler has run often enough.
        var rounds = 0;
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        while ((await JobDashboard.RunsAsync(http, "succeeded")).Count < Runs)
        {
            var round = rounds++;
            var posts = Enumerable.Range(0, Users).Select(u => LineWebhook.PostAsync(http, LineWebhook.Body(
                LineWebhook.Text(User(u), "สวัสดี", string.Create(CultureInfo.InvariantCulture, $"u{u}-{round}"), start + round))));
            Assert.All(await Task.WhenAll(posts), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        }

        await BotIdle.WaitAsync(database.NewContext, line);

        var replies = line.Calls(LineFake.ReplyPath).Select(r => r.Json.GetProperty("replyToken").GetString()).ToList();
        Assert.Equal(rounds * Users, replies.Distinct().Count());
        Assert.Equal(replies.Count, replies.Distinct().Count());

        // Run every two seconds, each job still sent each person each message once: one retry key per text.
        var pushes = line.Calls(LineFake.PushPath).Where(c => c.Status == 200).ToList();
        Assert.Single(pushes, c => c.Body!.Contains(Manager, StringComparison.Ordinal) && c.Body.Contains("สรุปความก้าวหน้า", StringComparison.Ordinal));
        Assert.All(pushes.GroupBy(c => (To: c.Json.GetProperty("to").GetString(), c.Said)), same => Assert.Single(same.Select(c => c.RetryKey).Distinct()));
        await using (var db = database.NewContext())
        {
            Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Job == MonthlySummaryJob.JobId));
        }

        Assert.Empty(await JobDashboard.RunsAsync(http, "failed"));
        Assert.Empty(await JobDashboard.RunsAsync(http, "scheduled"));
        Assert.DoesNotContain(server.Log, l => Trouble.Any(t => l.Contains(t, StringComparison.Ordinal)));
        line.AssertContractKept();
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
    }

    private static string User(int u) => string.Create(CultureInfo.InvariantCulture, $"U{u:D32}");
}
