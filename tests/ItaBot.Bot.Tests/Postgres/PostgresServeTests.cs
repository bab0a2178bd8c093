using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItaBot.Bot.Tests.Postgres;

/// <summary>The bot's server on PostgreSQL (<c>Database:Provider</c> = <c>Postgres</c>): its own schema, and Hangfire's in the same database.</summary>
public sealed class PostgresServeTests : IOnPostgres, IDisposable
{
    private const string Manager = "U0000000000000000000000000000m0p1";

    private readonly TempPostgresDatabase database = new();
    private readonly LineFake line = new();

    [Fact]
    public async Task The_server_migrates_PostgreSQL_loads_the_demo_plan_and_keeps_its_schedule_there()
    {
        await using var server = await BotServer.StartAsync(database, new Dictionary<string, string?> { ["Jobs:Dashboard"] = "Local" });
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        // A healthy first start worries no operator: nothing in its log is an error.
        Assert.DoesNotContain(server.StartupLog, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        await using var db = database.NewContext();
        // PostgreSQL's own set, all of it; its names end in Postgres, since the SQLite set shares the assembly.
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Contains("20261123015433_InitialPostgres", applied);
        Assert.All(applied, name => Assert.EndsWith("Postgres", name, StringComparison.Ordinal));
        Assert.Equal(10, await db.Measures.CountAsync());

        // Hangfire's recurring jobs are rows of this database, not memory of the process.
        Assert.Equal(AllJobs.Ids, await ScalarsAsync("SELECT value FROM hangfire.set WHERE key = 'recurring-jobs' ORDER BY value COLLATE \"C\""));
        var dashboard = await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        Assert.Contains("monthly-summary", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_bot_processes_started_at_once_on_an_empty_database_both_serve_with_one_plan_between_them()
    {
        var starting = new[] { BotServer.StartAsync(database), BotServer.StartAsync(database) };
        await using var first = await starting[0];
        await using var second = await starting[1];

        foreach (var server in new[] { first, second })
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }

        await using var db = database.NewContext();
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal(10, await db.Measures.CountAsync());
    }

    [Fact]
    public async Task Two_bot_processes_on_one_database_share_one_schedule_and_send_each_summary_once()
    {
        await BotProcess.RunAsync(database, "", "jobs", "list");
        await TestPeople.LinkAsync(database, Manager, Role.Manager, PeopleDirectory.PalatUnit);
        var settings = LineWebhook.Settings(line);
        settings["Jobs:Enabled"] = "true";

        // Both start at once, and each catches up every job at start.
        var starting = new[] { BotServer.StartAsync(database, settings), BotServer.StartAsync(database, settings) };
        await using var first = await starting[0];
        await using var second = await starting[1];

        // Each process enqueues a catch-up run of every job as it starts: once all of both have run, nothing more is sent.
        await Eventually.Async(
            () => ScalarsAsync("SELECT id::text FROM hangfire.job WHERE statename = 'Succeeded'"), runs => runs.Count >= 2 * AllJobs.Count, runs => $"{runs.Count} of {2 * AllJobs.Count} runs done");
        await BotIdle.WaitAsync(database.NewContext, line);

        // Either process may send a message; LINE accepts each retry key once. One key per summary, one summary a month.
        var toManager = line.Calls(LineFake.PushPath).Where(c => c.Body!.Contains(Manager, StringComparison.Ordinal)).ToList();
        var summaries = toManager.Where(c => c.Body!.Contains("ปีงบประมาณ", StringComparison.Ordinal)).Select(c => c.RetryKey).Distinct().ToList();
        Assert.Single(summaries);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Job == MonthlySummaryJob.JobId && e.Recipient == Manager));
        Assert.Equal(AllJobs.Count, (await ScalarsAsync("SELECT value FROM hangfire.set WHERE key = 'recurring-jobs'")).Count);
        line.AssertContractKept();
    }

    [Fact]
    public async Task Two_bot_processes_behind_one_webhook_answer_each_event_once_and_each_persons_in_order()
    {
        await BotProcess.RunAsync(database, "", "jobs", "list");
        var settings = LineWebhook.Settings(line);
        await using var first = await BotServer.StartAsync(database, settings);
        await using var second = await BotServer.StartAsync(database, settings);
        using var toFirst = new HttpClient { BaseAddress = first.Address };
        using var toSecond = new HttpClient { BaseAddress = second.Address };

        // Each person's messages alternate between the two, as a load balancer might send them.
        await ManyUsers.SendAsync([toFirst, toSecond], users: 20, messagesEach: 10);

        await ManyUsers.AssertEachAnsweredOnceInOrderAsync(line, () => BotIdle.WaitAsync(database.NewContext, line), users: 20, messagesEach: 10);
        line.AssertContractKept();
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
    }

    private async Task<List<string>> ScalarsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
