using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Cli;

/// <summary>The <c>jobs</c> verbs as an operator runs them.</summary>
public class JobsVerbTests
{
    private const string Manager = "U00000000000000000000000000000m02";

    [Fact]
    public async Task The_list_shows_every_job_with_its_schedule_and_next_run_in_Bangkok_time()
    {
        using var database = new TempDatabaseFile();

        var list = await BotProcess.RunAsync(database, "", "jobs", "list");

        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"monthly-summary\s+30 8 1 \* \*\s+next \d{4}-\d{2}-01 08:30 \+07:00", list.Output);
        foreach (var job in new[] { "asset-check", "monthly-reminder", "complaint-watch" })
        {
            Assert.Contains(job, list.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_summary_triggered_as_if_at_a_past_instant_is_queued_once_however_often_it_is_triggered()
    {
        using var database = new TempDatabaseFile();
        await BotProcess.RunAsync(database, "", "jobs", "list");
        await TestPeople.LinkAsync(database, Manager, Role.Manager, "สำนักปลัด");

        var first = await BotProcess.RunAsync(database, "", "jobs", "trigger", "monthly-summary", "--at", "2025-04-01T08:30:00+07:00");
        var again = await BotProcess.RunAsync(database, "", "jobs", "trigger", "monthly-summary", "--at", "2025-04-02T09:00:00+07:00");

        Assert.Equal((0, 0), (first.ExitCode, again.ExitCode));
        Assert.Contains("queued for 1", first.Output, StringComparison.Ordinal);
        Assert.Contains("nothing queued", again.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var queued = Assert.Single(await db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal([Manager], queued.Recipients);
        Assert.Contains("รายงานรอบ 6 เดือน มี.ค. 2568", queued.Messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_as_of_a_past_day_counts_only_what_was_recorded_by_then_and_a_bare_date_is_Bangkok_time()
    {
        // The demo plan as the seed has it, ปีงบประมาณ 2568 with its progress to April 2025.
        using var database = TempDatabaseFile.Prepared();
        await TestPeople.LinkAsync(database, Manager, Role.Manager, "สำนักปลัด");

        var run = await BotProcess.RunAsync(database, "", "jobs", "trigger", "monthly-summary", "--at", "2024-12-01");
        await BotProcess.RunAsync(database, "", "jobs", "trigger", "monthly-summary", "--at", "2026-12-01T08:30:00+07:00");

        Assert.Contains("ณ 2024-12-01 00:00 +07:00", run.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var summaries = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Messages).ToListAsync();
        Assert.Equal(2, summaries.Count);
        Assert.Contains("ยังไม่มีแผนของปีงบประมาณ 2570 ในระบบ (แผนที่มี: ปีงบประมาณ 2568)", summaries[1], StringComparison.Ordinal);
        var summary = summaries[0];
        Assert.Contains("สรุปความก้าวหน้า พ.ย. 2567", summary, StringComparison.Ordinal);
        // Both inspections of measure 4 were recorded later (20 Dec 2024, 28 Mar 2025).
        Assert.Contains("มาตรการ 4 (ตรวจสอบพัสดุ ครุภัณฑ์ 0/4)", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trigger", "no-such-job")]
    [InlineData("trigger", "monthly-summary", "--at", "yesterday")]
    [InlineData("run")]
    public async Task Wrong_use_is_refused_with_the_usage(params string[] args)
    {
        using var database = new TempDatabaseFile();

        var result = await BotProcess.RunAsync(database, "", ["jobs", .. args]);

        Assert.Equal(2, result.ExitCode);
    }
}
