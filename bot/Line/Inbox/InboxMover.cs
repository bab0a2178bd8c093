using System.Data.Common;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// Moves the events the webhook committed to the <see cref="InboxSpool"/> into the inbox table, oldest first, many in
/// one transaction, and then has the webhook's writer delete them from the spool. A move is one insert that skips event
/// ids already in the inbox: a redelivery of an event handled long ago, or a move redone after a stop between the insert
/// and the delete, adds nothing. It runs at the handling's lower priority, and moves only what the handling is about to
/// need (<see cref="MostPending"/>): under a burst the webhook comes first, and the events wait safely in the spool
/// rather than being copied at the burst's pace to wait in the inbox table instead.
/// </summary>
public sealed partial class InboxMover(
    IServiceScopeFactory scopes, InboxSpool spool, LineInbox inbox, InboxSignal handling, SqliteWriteGate writes,
    BackgroundScheduler scheduler, TimeProvider time, ILogger<InboxMover> logger) : BackgroundService
{
    private const int EventsPerMove = 1000;

    /// <summary>Pending events the inbox table holds at most: a couple of seconds of handling.</summary>
    public const int MostPending = 2000;

    private static readonly TimeSpan HandlingCatchesUp = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => scheduler.RunAsync(() => MoveAllTheTimeAsync(stoppingToken));

    private async Task MoveAllTheTimeAsync(CancellationToken stoppingToken)
    {
        // Starts from the spool's first row: rows a stopped process moved but had not yet deleted are skipped by the insert.
        long movedUpTo = 0;
        InboxInsert? into = null;
        SqliteConnection? from = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    into ??= await InboxInsert.OpenAsync(scopes, stoppingToken);
                    from ??= await spool.OpenAsync(into.Columns, stoppingToken);
                    int room;
                    while ((room = await RoomAsync(stoppingToken)) > 0
                        && await MoveSomeAsync(from, into, movedUpTo, room, stoppingToken) is { } last)
                    {
                        movedUpTo = last;
                    }

                    if (room == 0)
                    {
                        // The handling has enough ahead of it: the rest waits in the spool until it has worked some off.
                        await Task.Delay(HandlingCatchesUp, time, stoppingToken);
                        continue;
                    }
                }
                catch (DbException e)
                {
                    // Left in the spool: tried again, on fresh connections, at the next commit or within a few seconds.
                    LogMoveFailed(logger, e);
                    await DropAsync();
                }

                await spool.Filled.WaitAsync(LongestSleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is in the spool is moved at the next start.
        }
        finally
        {
            await DropAsync();
        }

        async Task DropAsync()
        {
            if (from is not null)
            {
                await from.DisposeAsync();
                from = null;
            }

            if (into is not null)
            {
                await into.DisposeAsync();
                into = null;
            }
        }
    }

    /// <summary>How many events to move now: as many as keep the inbox's pending events at <see cref="MostPending"/>.</summary>
    private async Task<int> RoomAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        var pending = await db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending, cancellationToken);
        return Math.Clamp(MostPending - pending, 0, EventsPerMove);
    }

    /// <summary>Moves up to <paramref name="count"/> events after <paramref name="afterId"/>; returns the last id moved, or null when there were none.</summary>
    private async Task<long?> MoveSomeAsync(SqliteConnection from, InboxInsert into, long afterId, int count, CancellationToken cancellationToken)
    {
        var (ids, rows) = await InboxSpool.ReadAsync(from, into.Columns, afterId, count, cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        int stored;
        using (await writes.EnterFirstAsync(cancellationToken))
        {
            stored = await into.InsertNewAsync(rows, 0, cancellationToken);
        }

        if (stored < rows.Count)
        {
            LineInbox.LogDuplicates(logger, rows.Count - stored);
        }

        handling.Notify();
        inbox.ForgetSpooled(ids[^1]);
        return ids[^1];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not move events from the inbox spool into the database; they stay in the spool and are tried again shortly")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception);
}
