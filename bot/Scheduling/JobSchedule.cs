using Hangfire;
using ItaBot.Core;
using ItaBot.Core.Calendar;
using ItaBot.Jobs;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// At start-up: registers every job's recurring schedule (idempotent) in the organisation's time zone, then runs each
/// once, so that what fell due while the process was down — or before it ever ran — goes out now. That run is the one
/// catch-up: Hangfire's own firing of a run missed while down is off. The ledger keeps it from sending anything twice.
/// </summary>
public sealed class JobSchedule(
    IRecurringJobManager recurring, IServiceScopeFactory scopes, IOptions<JobOptions> options, IOptions<OrganizationOptions> organization)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZones.Find(organization.Value.TimeZone);
        foreach (var job in JobCatalog.Read(scopes, options.Value))
        {
            var id = job.Id;
            recurring.AddOrUpdate<JobRunner>(
                id,
                runner => runner.RunAsync(id, null, CancellationToken.None),
                job.Cron,
                new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Ignorable });
            recurring.Trigger(id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
