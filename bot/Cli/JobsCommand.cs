using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using ItaBot.Bot.Hosting;
using ItaBot.Bot.Pipeline.Outbox;
using ItaBot.Bot.Scheduling;
using ItaBot.Core;
using ItaBot.Core.Calendar;
using ItaBot.Core.Messaging;
using ItaBot.Jobs;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>jobs list</c> and <c>jobs trigger ID [--at ISO-8601]</c>. A triggered job writes its messages to the outbox like
/// the scheduler does; the server sends them (at once if it is running, otherwise when it starts).
/// </summary>
internal static class JobsCommand
{
    private const string Usage = "ใช้ / usage: jobs list | jobs trigger ID [--at 2025-02-01T08:30:00+07:00]";

    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        using var host = ConsoleHost.Build(terminal, builder =>
        {
            builder.AddJobs();
            builder.AddLineOutbox();
        });
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);
        return args switch
        {
            ["list"] => List(host.Services, terminal),
            ["trigger", var id, .. var rest] => await TriggerAsync(host.Services, terminal, id, CommandOptions.Parse(rest, "--at")),
            _ => throw new UsageException(Usage),
        };
    }

    /// <summary>
    /// Each job's schedule, next and last run with its result, read from the scheduler's own storage (the server's, running
    /// or not); a job the server has not registered yet shows the schedule it will get.
    /// </summary>
    private static int List(IServiceProvider services, Terminal terminal)
    {
        var zone = TimeZones.Find(services.GetRequiredService<IOptions<OrganizationOptions>>().Value.TimeZone);
        var jobs = JobCatalog.Read(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IOptions<JobOptions>>().Value);
        var storage = JobStore.Open(services);
        using var disposable = storage as IDisposable;
        using var connection = storage.GetConnection();
        var registered = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        var planned = PlannedRuns(jobs.Where(j => !registered.ContainsKey(j.Id)), zone);
        string When(DateTime? utc) => utc is { } at ? TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)), zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "-";

        foreach (var job in jobs)
        {
            var stored = registered.GetValueOrDefault(job.Id);
            var cron = stored?.Cron ?? job.Cron;
            terminal.Out.WriteLine($"{job.Id,-18} {cron,-14} next {When(stored is null ? planned[job.Id] : stored.NextExecution)}  last {LastRun(connection, stored, When)}");
            if (stored is not null && stored.Cron != job.Cron)
            {
                terminal.Out.WriteLine($"{"",-18} {job.Cron,-14} from the server's next start (Jobs:Schedules:{job.Id})");
            }

            terminal.Out.WriteLine($"{"",-18} {job.Description}");
        }

        return 0;
    }

    /// <summary>When each job would first run if the server registered it now.</summary>
    private static Dictionary<string, DateTime?> PlannedRuns(IEnumerable<JobEntry> jobs, TimeZoneInfo zone)
    {
        using var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(storage);
        foreach (var job in jobs)
        {
            manager.AddOrUpdate(job.Id, () => Console.WriteLine(), job.Cron, new RecurringJobOptions { TimeZone = zone });
        }

        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.NextExecution);
    }

    private static string LastRun(IStorageConnection connection, RecurringJobDto? job, Func<DateTime?, string> when)
    {
        if (job?.LastJobId is not { } id)
        {
            return "never run";
        }

        var state = connection.GetStateData(id);
        var at = when(job.LastExecution);
        return state?.Name switch
        {
            null => $"{at} (its record has expired)",
            "Succeeded" => $"{at} succeeded",
            "Failed" => $"{at} failed, {state.Reason}",
            "Scheduled" => $"{at} failed, {state.Reason}; due {when(JobHelper.DeserializeNullableDateTime(state.Data["EnqueueAt"]))}",
            "Processing" => $"{at} running",
            "Enqueued" => $"{at} queued",
            var other => $"{at} {other.ToLowerInvariant()}",
        };
    }

    /// <summary>An ISO-8601 time; one without an offset ("2025-10-01", "2025-10-01T08:30") is the organisation's own clock.</summary>
    private static DateTimeOffset At(FiscalCalendar calendar, string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new UsageException($"--at ต้องเป็นวันเวลาแบบ ISO-8601 / --at must be ISO-8601 (got '{text}')");
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? calendar.InstantOf(parsed)
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private static async Task<int> TriggerAsync(IServiceProvider services, Terminal terminal, string id, CommandOptions options)
    {
        using (var scope = services.CreateScope())
        {
            if (scope.ServiceProvider.GetServices<IScheduledJob>().All(j => j.Id != id))
            {
                throw new UsageException($"ไม่รู้จักงาน '{id}' / no job '{id}' — jobs list shows them");
            }
        }

        var at = options["--at"] is { } text ? At(services.GetRequiredService<FiscalCalendar>(), text) : services.GetRequiredService<TimeProvider>().GetUtcNow();
        var queued = await services.GetRequiredService<JobRunner>().RunAtAsync(id, at, CancellationToken.None);
        terminal.Out.WriteLine(queued == 0
            ? $"ทำงาน {id} แล้ว (ณ {at:yyyy-MM-dd HH:mm zzz}) ไม่มีข้อความใหม่ (ไม่มีสิ่งที่ถึงกำหนด หรือส่งไปแล้ว) / ran {id} as at {at:O}: nothing queued"
            : $"ทำงาน {id} แล้ว (ณ {at:yyyy-MM-dd HH:mm zzz}) ข้อความถึง {queued} คนอยู่ในคิวส่ง / ran {id} as at {at:O}: queued for {queued}");
        return 0;
    }
}
