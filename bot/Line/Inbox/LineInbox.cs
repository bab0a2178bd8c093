using System.Threading.Channels;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// Commits accepted events to the database: on SQLite to the <see cref="InboxSpool"/>, on PostgreSQL straight to the
/// inbox table. Requests hand their events to one writer, which commits whatever has gathered in one transaction: many
/// webhook calls share a disk flush, and with a single writer a redelivery racing the first delivery cannot slip past
/// the duplicate check. It is the spool's only writer, so it also deletes the events the mover has moved.
/// </summary>
public sealed partial class LineInbox(
    IServiceScopeFactory scopes, InboxSignal signal, SqliteWriteGate writes, WebhookPressure pressure, ILogger<LineInbox> logger,
    InboxSpool? spool = null)
    : BackgroundService
{
    private const int MaxBatchesPerCommit = 256;

    // The spool's events up to this id are in the inbox table, to be deleted at the next commit; 0: none.
    private long moved;

    // Opened at the first commit and kept; dropped after a failure, so the next commit starts on a fresh connection.
    private InboxInsert? insert;

    private readonly Channel<Batch> queue = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once the events are committed (or were stored before); throws if they could not be.</summary>
    public async Task AcceptAsync(IReadOnlyList<InboxEvent> events, CancellationToken cancellationToken)
    {
        var batch = new Batch(events);
        if (!queue.Writer.TryWrite(batch))
        {
            throw new InvalidOperationException("the inbox is closed: the bot is stopping");
        }

        using (pressure.Wait())
        {
            await batch.Committed.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The spool's events up to <paramref name="upTo"/> are in the inbox table: deletes them at the next commit.</summary>
    public void ForgetSpooled(long upTo)
    {
        Interlocked.Exchange(ref moved, upTo);

        // An empty batch, so the writer commits even when no webhook calls come.
        queue.Writer.TryWrite(new Batch([]));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batches = new List<Batch>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batches.Clear();
                while (batches.Count < MaxBatchesPerCommit && queue.Reader.TryRead(out var batch))
                {
                    batches.Add(batch);
                }

                await CommitAsync(batches, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var batch))
            {
                batch.Committed.TrySetCanceled(stoppingToken);
            }
        }
        finally
        {
            await DropInsertAsync();
        }
    }

    private async Task CommitAsync(List<Batch> batches, CancellationToken cancellationToken)
    {
        var events = batches.SelectMany(b => b.Events).ToList();
        long forget = 0;
        try
        {
            insert ??= await OpenInsertAsync(cancellationToken);
            forget = Interlocked.Exchange(ref moved, 0);
            int stored;

            // The bot's database is shared with every other writer; the spool is this writer's alone.
            using (spool is null ? await writes.EnterFirstAsync(cancellationToken) : null)
            {
                stored = await insert.InsertNewAsync(events.Select(insert.Columns.RowOf).ToList(), forget, cancellationToken);
            }

            if (stored < events.Count)
            {
                LogDuplicates(logger, events.Count - stored);
            }
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or OperationCanceledException)
        {
            LogCommitFailed(logger, e);
            Interlocked.CompareExchange(ref moved, forget, 0);
            await DropInsertAsync();
            foreach (var batch in batches)
            {
                batch.Committed.TrySetException(e);
            }

            return;
        }

        foreach (var batch in batches)
        {
            batch.Committed.TrySetResult();
        }

        if (events.Count > 0)
        {
            (spool?.Filled ?? signal).Notify();
        }
    }

    private async Task<InboxInsert> OpenInsertAsync(CancellationToken cancellationToken)
    {
        if (spool is null)
        {
            return await InboxInsert.OpenAsync(scopes, cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        return await spool.OpenInsertAsync(scope.ServiceProvider.GetRequiredService<ItaBotDbContext>(), cancellationToken);
    }

    private async Task DropInsertAsync()
    {
        if (insert is not null)
        {
            await insert.DisposeAsync();
            insert = null;
        }
    }

    private sealed record Batch(IReadOnlyList<InboxEvent> Events)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} event(s) were already in the inbox (redelivered, or moved before a restart); stored once")]
    internal static partial void LogDuplicates(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store webhook events; LINE is answered 500 and may deliver them again")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);
}
