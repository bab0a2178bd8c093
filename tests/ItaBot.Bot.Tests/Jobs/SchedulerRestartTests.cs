using System.Text.RegularExpressions;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>
/// Hangfire on its SQLite file beside the bot's: the real server process stopped (killed, as a crash would) and started
/// again on the same files keeps its schedule, the history of its runs and the retries still waiting.
/// </summary>
public sealed partial class SchedulerRestartTests : IDisposable
{
    private const string Manager = "U00000000000000000000000000000m07";

    private readonly LineFake line = new();

    private readonly TempDatabaseFile database = new();

    [Fact]
    public async Task A_restart_keeps_the_schedule_and_the_runs_before_it_and_what_is_due_at_a_start_goes_out_once()
    {
        var first = await RunsAfterStartAsync(Settings(), expected: AllJobs.Count);
        Assert.Empty(line.Calls(LineFake.PushPath));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(database.Path)!, "itabot.hangfire.db")), "the scheduler's file is beside the database");

        // While the bot is down a manager is linked: this month's summary is now due for someone.
        await TestPeople.LinkAsync(database, Manager, Role.Manager, PeopleDirectory.PalatUnit);
        var second = await RunsAfterStartAsync(Settings(), expected: 2 * AllJobs.Count);
        var third = await RunsAfterStartAsync(Settings(), expected: 3 * AllJobs.Count);

        Assert.Equal(first, second.Intersect(first));
        Assert.Equal(second, third.Intersect(second));
        Assert.Single(SummaryKeys());
        await using var db = database.NewContext();
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.Job == MonthlySummaryJob.JobId && e.Recipient == Manager));

        // With the server stopped, the list reads the same storage: every job's last run, and the same schedule.
        var list = await BotProcess.RunAsync(database, "", "jobs", "list");
        Assert.Equal(AllJobs.Count, LastSucceeded().Count(list.Output));
        Assert.Matches(@"monthly-summary\s+30 8 1 \* \*\s+next \d{4}-\d{2}-01 08:30 \+07:00", list.Output);

        // A schedule changed in the settings is the server's only once it starts with it; the list says so.
        var changed = await BotProcess.RunAsync(database, new Dictionary<string, string?> { ["Jobs:Schedules:monthly-summary"] = "0 9 2 * *" }, "", "jobs", "list");
        Assert.Matches(@"monthly-summary\s+30 8 1 \* \*.*\n\s+0 9 2 \* \*\s+from the server's next start \(Jobs:Schedules:monthly-summary\)", changed.Output);
    }

    [Fact]
    public async Task A_failed_run_waiting_for_its_retry_is_retried_after_a_restart()
    {
        // The first retry waits long enough for the list below, a process of its own, to find the run still waiting.
        var settings = await FailingSummaryAsync("00:00:20", "00:00:08");

        string failed;
        await using (var server = await BotServer.StartAsync(database, settings))
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            failed = Assert.Single(await Eventually.Async(() => JobDashboard.RunsAsync(http, "scheduled"), ids => ids.Count == 1, ids => $"{ids.Count} waiting"));

            var list = await BotProcess.RunAsync(database, "", "jobs", "list");
            Assert.Matches(@"monthly-summary .* failed, retry 1 of 2 after: SQLite Error 19: 'disk trouble'.*; due \d{4}-\d{2}-\d{2} \d{2}:\d{2} \+07:00", list.Output);
        }

        await ExecuteAsync("DROP TRIGGER disk_trouble");
        await using (var server = await BotServer.StartAsync(database, settings))
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            await Eventually.Async(() => JobDashboard.RunsAsync(http, "succeeded"), ids => ids.Contains(failed), _ => $"job {failed} not retried", TimeSpan.FromSeconds(40));
            var details = await http.GetStringAsync(new Uri($"/hangfire/jobs/details/{failed}", UriKind.Relative));
            Assert.Contains("retry 1 of 2 after: SQLite Error 19: &#39;disk trouble&#39;", details, StringComparison.Ordinal);
            await BotIdle.WaitAsync(database.NewContext, line);
        }

        // The retry and the catch-up at the second start both ran; the summary went once.
        Assert.Single(SummaryKeys());
    }

    [Fact]
    public async Task A_run_that_fails_every_retry_is_given_up_where_an_operator_looks()
    {
        var settings = await FailingSummaryAsync("00:00:01");

        await using var server = await BotServer.StartAsync(database, settings);
        using var http = new HttpClient { BaseAddress = server.Address };
        var failed = Assert.Single(await Eventually.Async(() => JobDashboard.RunsAsync(http, "failed"), ids => ids.Count == 1, ids => $"{ids.Count} failed"));

        var details = await http.GetStringAsync(new Uri($"/hangfire/jobs/details/{failed}", UriKind.Relative));
        Assert.Contains("retry 1 of 1 after", details, StringComparison.Ordinal);
        var gaveUp = await Eventually.Async(
            () => Task.FromResult(server.Log.FirstOrDefault(l => l.Contains("is given up", StringComparison.Ordinal))),
            l => l is not null,
            _ => "no log line gives the job up");
        Assert.Matches(@"Job monthly-summary as of \d{4}-\d{2}-\d{2}T.* failed 2 times and is given up", gaveUp);
        var list = await BotProcess.RunAsync(database, "", "jobs", "list");
        Assert.Matches(@"monthly-summary .* failed, given up after 2 attempts: SQLite Error 19: 'disk trouble'", list.Output);
        Assert.Empty(line.Calls(LineFake.PushPath));
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = LineWebhook.Settings(line);
        settings["Jobs:Enabled"] = "true";
        settings["Jobs:Dashboard"] = "Local";
        settings["Jobs:PollInterval"] = "00:00:00.200";
        return settings;
    }

    /// <summary>
    /// A manager to send the summary to and a database that refuses to record it (the ledger's insert fails), with the
    /// summary's retries after <paramref name="retryDelays"/>: the settings to start the server with.
    /// </summary>
    private async Task<Dictionary<string, string?>> FailingSummaryAsync(params string[] retryDelays)
    {
        await BotProcess.RunAsync(database, "", "jobs", "list");
        await TestPeople.LinkAsync(database, Manager, Role.Manager, PeopleDirectory.PalatUnit);
        await ExecuteAsync("CREATE TRIGGER disk_trouble BEFORE INSERT ON Ledger BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        var settings = Settings();
        for (var i = 0; i < retryDelays.Length; i++)
        {
            settings[$"Jobs:RetryDelays:monthly-summary:{i}"] = retryDelays[i];
        }

        return settings;
    }

    /// <summary>The retry keys of the monthly summaries pushed to the manager: one per summary however often it was sent.</summary>
    private List<string?> SummaryKeys() =>
        [.. line.Calls(LineFake.PushPath)
            .Where(c => c.Body!.Contains(Manager, StringComparison.Ordinal) && c.Body.Contains("สรุปความก้าวหน้า", StringComparison.Ordinal))
            .Select(c => c.RetryKey).Distinct()];

    /// <summary>Starts the server, waits until <paramref name="expected"/> runs have succeeded in all, and kills it.</summary>
    private async Task<List<string>> RunsAfterStartAsync(Dictionary<string, string?> settings, int expected)
    {
        await using var server = await BotServer.StartAsync(database, settings);
        using var http = new HttpClient { BaseAddress = server.Address };
        var runs = await Eventually.Async(() => JobDashboard.RunsAsync(http, "succeeded"), ids => ids.Count >= expected, ids => $"{ids.Count} of {expected} runs succeeded");
        Assert.Contains("monthly-summary", await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative)), StringComparison.Ordinal);
        await BotIdle.WaitAsync(database.NewContext, line);
        return runs;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [GeneratedRegex(@"last \d{4}-\d{2}-\d{2} \d{2}:\d{2} \+07:00 succeeded")]
    private static partial Regex LastSucceeded();
}
