using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Bot.Hosting;

/// <summary>
/// SQLite lets one connection write at a time; the others find the file locked and sleep before they try again.
/// Under a burst (the webhook's inbox, the handlers, the outbox all committing) that sleeping, not the work, is what
/// takes the time. This gate queues the process's writers in memory instead, so each starts the moment the last
/// one commits. The webhook's inbox goes first: LINE waits on it, while everything else is background work.
/// On PostgreSQL, which lets writers work side by side, the gate is not active: it is not added to the contexts, and
/// the writes made outside SaveChanges pass straight through.
/// </summary>
public sealed class SqliteWriteGate(bool isActive = true) : SaveChangesInterceptor, IDisposable
{
    private static readonly IDisposable Open = new Exit(null, null);

    private readonly SemaphoreSlim gate = new(1, 1);

    // Ordinary writers queue here first, so at most one of them is ever ahead of the inbox in the gate's own queue.
    private readonly SemaphoreSlim ordinary = new(1, 1);

    // The contexts that hold the gate: a save that failed or was cancelled before it got the gate must not release it.
    private readonly ConcurrentDictionary<DbContext, byte> holders = new(ReferenceEqualityComparer.Instance);

    /// <summary>Holds the gate, ahead of ordinary writers, for the inbox's commit (plain SQL, outside SaveChanges).</summary>
    public async Task<IDisposable> EnterFirstAsync(CancellationToken cancellationToken)
    {
        if (!isActive)
        {
            return Open;
        }

        await gate.WaitAsync(cancellationToken);
        return new Exit(gate, null);
    }

    /// <summary>Holds the gate for an ordinary write made outside SaveChanges (a bulk update).</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!isActive)
        {
            return Open;
        }

        await WaitAsync(cancellationToken);
        return new Exit(gate, ordinary);
    }

    // Without the caller's context: a synchronous save blocks its thread on this, which may be one of the few
    // background threads the continuation would otherwise have to wait for.
    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        await ordinary.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            ordinary.Release();
            throw;
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        WaitAsync(CancellationToken.None).GetAwaiter().GetResult();
        holders.TryAdd(eventData.Context!, 0);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(cancellationToken);
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

    // A concurrency conflict does not count as a failed save: EF reports it here instead, and only here.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Leave(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return ValueTask.FromResult(result);
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
            ordinary.Release();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        ordinary.Dispose();
    }

    private sealed class Exit(SemaphoreSlim? gate, SemaphoreSlim? queue) : IDisposable
    {
        public void Dispose()
        {
            gate?.Release();
            queue?.Release();
        }
    }
}
