using ItaBot.Jobs;

namespace ItaBot.Bot.Scheduling;

/// <summary>One job as this configuration runs it: its schedule and retry delays, <c>Jobs:…:{id}</c> where set.</summary>
public sealed record JobEntry(string Id, string Cron, IReadOnlyList<TimeSpan> RetryDelays, string Description);

public static class JobCatalog
{
    public static List<JobEntry> Read(IServiceScopeFactory scopes, JobOptions options)
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(job => new JobEntry(
            job.Id,
            options.Schedules.GetValueOrDefault(job.Id) ?? job.DefaultCron,
            options.RetryDelays.GetValueOrDefault(job.Id) ?? job.RetryDelays,
            job.Description))];
    }
}
