using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Bot.Hosting;

/// <summary>
/// SQLite lets one connection write at a time; the others find the file locked and sleep before they try again.
/// Under a burst (the webhook's inbox, the handlers, the outbox all committing) that sleeping, not the work, is what
/// takes the time. This gate queues the process's writers in memory instead, so each starts the moment the last
/// one commits. The webhook's inbox goes first: LINE waits on it, while everything else is background work.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    // The contexts that hold the gate: a save that failed or was cancelled before it got the gate must not release it.
    private readonly ConcurrentDictionary<DbContext, byte> holders = new(ReferenceEqualityComparer.Instance);
    private int priorityWaiting;

    /// <summary>Holds the gate, ahead of ordinary writers, for the inbox's commit (plain SQL, outside SaveChanges).</summary>
    public async Task<IDisposable> EnterFirstAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref priorityWaiting);
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref priorityWaiting);
        }

        return new Exit(gate);
    }

    /// <summary>An ordinary writer lets a waiting inbox commit go before it.</summary>
    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await gate.WaitAsync(cancellationToken);
            if (Volatile.Read(ref priorityWaiting) == 0)
            {
                return;
            }

            // Step back to the end of the queue; the inbox commit waiting in it gets the gate.
            gate.Release();
            await Task.Yield();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        EnterAsync(CancellationToken.None).GetAwaiter().GetResult();
        holders.TryAdd(eventData.Context!, 0);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(cancellationToken);
        holders.TryAdd(eventData.Context!, 0);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    private void Leave(DbContextEventData eventData)
    {
        if (holders.TryRemove(eventData.Context!, out _))
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
