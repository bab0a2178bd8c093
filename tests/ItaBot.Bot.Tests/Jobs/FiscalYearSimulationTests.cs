using ItaBot.Bot.Cli;
using ItaBot.Bot.Scheduling;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>
/// The demo plan's fiscal year 2568 lived day by day at 09:00 Bangkok time, every job run each day (and again, as a
/// scheduler might), with a restart half-way: the exact reminders and summaries each person gets.
/// </summary>
public class FiscalYearSimulationTests : IDisposable
{
    private const string FinanceStaff = "U00000000000000000000000000000f01";
    private const string Manager = "U00000000000000000000000000000m01";

    private readonly TestDatabase database;
    private readonly RecordingMessenger messenger = new();
    private readonly ShiftableClock clock = new(new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    public FiscalYearSimulationTests() => database = TestDatabase.For(this);

    [Fact]
    public async Task A_whole_fiscal_year_sends_each_reminder_and_summary_exactly_once()
    {
        var host = await StartAsync();
        await TestPeople.LinkAsync(database, FinanceStaff, Role.Staff, TestPeople.FinanceUnit);
        await TestPeople.LinkAsync(database, Manager, Role.Manager, "สำนักปลัด");
        try
        {
            for (var day = new DateOnly(2024, 10, 1); day <= new DateOnly(2025, 10, 1); day = day.AddDays(1))
            {
                clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
                if (day == new DateOnly(2025, 3, 15))
                {
                    // A restart: a new process on the same database, whose ledger holds what was sent.
                    host.Dispose();
                    host = await StartAsync();
                }

                if (day == new DateOnly(2025, 6, 1))
                {
                    await RecordInspectionAsync(host);
                }

                await RunAllAsync(host);
                await RunAllAsync(host);
            }
        }
        finally
        {
            host.Dispose();
        }

        // The inspection: every quarter's start; two weeks before the end of quarters 1, 2 and 4 (quarter 3's was
        // recorded on 1 June, in time); and the managers told once that quarter 4 went unrecorded.
        Assert.Equal(4, messenger.Count(FinanceStaff, "เริ่มไตรมาส"));
        Assert.Equal(3, messenger.Count(FinanceStaff, "อีก 14 วันจะสิ้นไตรมาส"));
        Assert.Equal(1, messenger.Count(Manager, "ไตรมาส 4/2568 สิ้นสุดแล้ว"));
        Assert.Equal(0, messenger.Count(Manager, "ไตรมาส 3/2568 สิ้นสุดแล้ว"));
        Assert.Equal(0, messenger.Count(FinanceStaff, "ไตรมาส"));

        // Measure 10 of กองคลัง has no update all year: one reminder on the 25th of each of the twelve months.
        Assert.Equal(12, messenger.Count(FinanceStaff, "ใกล้สิ้นเดือน"));

        // A summary on every 1st from 1 Oct 2567 to 1 Oct 2568, the sixth and twelfth the follow-up reports.
        Assert.Equal(13, messenger.Sent.Count(s => s.To == Manager && s.Notice.Text.Contains("ปีงบประมาณ", StringComparison.Ordinal)
            && !s.Notice.Text.Contains("สิ้นสุดแล้ว", StringComparison.Ordinal)));
        Assert.Equal(1, messenger.Count(Manager, "รายงานรอบ 6 เดือน มี.ค. 2568"));
        Assert.Equal(1, messenger.Count(Manager, "รายงานรอบ 12 เดือน ก.ย. 2568"));
        Assert.DoesNotContain(messenger.Sent, s => s.To == Manager && s.Notice.Text.StartsWith("ใกล้สิ้นเดือน", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_complaint_watch_reminds_the_unit_on_day_ten_and_tells_the_managers_once_it_is_overdue()
    {
        using var host = await StartAsync();
        const string engineer = "U00000000000000000000000000000e02";
        await TestPeople.LinkAsync(database, engineer, Role.Staff, "กองช่าง");
        await TestPeople.LinkAsync(database, Manager, Role.Manager, "สำนักปลัด");
        clock.Now = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(7));
        using (var scope = host.Services.CreateScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<ItaBot.Core.Complaints.ComplaintDesk>();
            var lighting = new ItaBot.Core.Complaints.ComplaintKind { Name = "ไฟฟ้าส่องสว่าง", Unit = "กองช่าง" };
            await desk.FileAsync(new(lighting, "ไฟดับ", [], null, null, null, null, false), "U-citizen", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ItaBotDbContext>().SaveChangesAsync();
        }

        var runner = host.Services.GetRequiredService<JobRunner>();
        for (var day = 1; day <= 20; day++)
        {
            clock.Now = new DateTimeOffset(2025, 3, 3 + day, 8, 0, 0, TimeSpan.FromHours(7));
            await runner.RunAsync(ComplaintDeadlineJob.JobId, null, CancellationToken.None);
            var reminded = messenger.Count(engineer, "เรื่อง C68-00001 รับไว้");
            var reported = messenger.Count(Manager, "เรื่อง C68-00001");
            Assert.Equal((day >= 10 ? 1 : 0, day >= 16 ? 1 : 0), (reminded, reported));
        }
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IHost> StartAsync()
    {
        var host = ConsoleHost.Build(
            new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, IsInteractive: false) { Settings = database.Settings },
            builder =>
            {
                builder.AddJobs();
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.Services.AddSingleton<IMessenger>(messenger);
            });
        await Hosting.ItaBotHost.InitializeDatabaseAsync(host.Services, CancellationToken.None);
        return host;
    }

    private static async Task RunAllAsync(IHost host)
    {
        var runner = host.Services.GetRequiredService<JobRunner>();
        foreach (var id in new[] { QuarterlyAssetCheckJob.JobId, MonthlyReportingJob.JobId, MonthlySummaryJob.JobId, ComplaintDeadlineJob.JobId })
        {
            await runner.RunAsync(id, null, CancellationToken.None);
        }
    }

    private static async Task RecordInspectionAsync(IHost host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        var recorder = scope.ServiceProvider.GetRequiredService<ProgressRecorder>();
        var measure = (await recorder.LoadAsync(await db.Measures.Where(m => m.Number == 4).Select(m => m.Id).SingleAsync(), CancellationToken.None))!;
        recorder.Record(measure, 3, 1, "ตรวจสอบพัสดุ ครุภัณฑ์ ไตรมาส 3", Member.Citizen(FinanceStaff) with { Role = Role.Staff, Name = "สมศรี" });
        await db.SaveChangesAsync();
    }

    /// <summary>A clock the test moves from day to day.</summary>
    private sealed class ShiftableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
