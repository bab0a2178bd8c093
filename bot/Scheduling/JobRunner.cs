using Hangfire;
using Hangfire.Server;
using ItaBot.Bot.Pipeline.Outbox;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// What Hangfire calls: runs one job in a scope of its own and saves its messages and ledger entries in one commit, so a
/// failure part-way leaves nothing half-sent, and the retry (or the next run) sends exactly what is still due.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>
    /// A run Hangfire started, as of the instant it was created: a retry, or a run taken up again after a restart, sends
    /// what was due then. Retries are <see cref="JobRetryFilter"/>'s, so Hangfire's own are off.
    /// </summary>
    [AutomaticRetry(Attempts = 0, LogEvents = false)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(string jobId, PerformContext? context, CancellationToken cancellationToken) =>
        RunAtAsync(jobId, context is null ? time.GetUtcNow() : InstantOf(context.BackgroundJob), cancellationToken);

    public static DateTimeOffset InstantOf(BackgroundJob job) => new(DateTime.SpecifyKind(job.CreatedAt, DateTimeKind.Utc));

    /// <summary>
    /// Runs the job as if at <paramref name="at"/> (for an operator re-sending a missed summary); returns how many people
    /// its messages were queued for (none when a run before already sent them).
    /// </summary>
    public async Task<int> RunAtAsync(string jobId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().SingleOrDefault(j => j.Id == jobId)
            ?? throw new ArgumentException($"No job '{jobId}'.", nameof(jobId));
        await job.RunAsync(at, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        var queued = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added)
            .Sum(e => e.Entity.Kind == OutboxKind.Multicast ? e.Entity.Recipients.Count : 1);
        await db.SaveChangesAsync(cancellationToken);
        scope.ServiceProvider.GetService<LineMessenger>()?.WakeIfQueued();
        return queued;
    }
}
