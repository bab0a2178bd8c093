using Hangfire;
using ItaBot.Core;
using ItaBot.Core.Calendar;
using ItaBot.Jobs;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// At start-up: registers every job's recurring schedule (idempotent) in the organisation's time zone, then runs each
/// once, so that what fell due while the process was down — Hangfire's in-memory storage forgets it — goes out now.
/// The ledger keeps that catch-up from sending anything twice.
/// </summary>
public sealed class JobSchedule(
    IRecurringJobManager recurring, IBackgroundJobClient background, IServiceScopeFactory scopes,
    IOptions<JobOptions> options, IOptions<OrganizationOptions> organization) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZones.Find(organization.Value.TimeZone);
        foreach (var (id, cron) in Schedules(scopes, options.Value))
        {
            recurring.AddOrUpdate<JobRunner>(id, runner => runner.RunAsync(id, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = zone });
            background.Enqueue<JobRunner>(runner => runner.RunAsync(id, CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Each job's id and cron expression: <c>Jobs:Schedules:{id}</c> where set, its default otherwise.</summary>
    public static List<(string Id, string Cron)> Schedules(IServiceScopeFactory scopes, JobOptions options)
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IScheduledJob>()
            .Select(j => (j.Id, options.Schedules.GetValueOrDefault(j.Id) ?? j.DefaultCron))];
    }
}
