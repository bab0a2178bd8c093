using System.Globalization;
using Hangfire;
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

    private static int List(IServiceProvider services, Terminal terminal)
    {
        var zone = TimeZones.Find(services.GetRequiredService<IOptions<OrganizationOptions>>().Value.TimeZone);
        var schedules = JobSchedule.Schedules(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IOptions<JobOptions>>().Value);
        using var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(storage);
        foreach (var (id, cron) in schedules)
        {
            manager.AddOrUpdate(id, () => Console.WriteLine(), cron, new RecurringJobOptions { TimeZone = zone });
        }

        using var connection = storage.GetConnection();
        var next = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.NextExecution);
        using var scope = services.CreateScope();
        var descriptions = scope.ServiceProvider.GetServices<IScheduledJob>().ToDictionary(j => j.Id, j => j.Description);
        foreach (var (id, cron) in schedules)
        {
            var at = next.GetValueOrDefault(id) is { } when ? TimeZoneInfo.ConvertTime(new DateTimeOffset(when, TimeSpan.Zero), zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "-";
            terminal.Out.WriteLine($"{id,-18} {cron,-14} next {at}  {descriptions[id]}");
        }

        return 0;
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
