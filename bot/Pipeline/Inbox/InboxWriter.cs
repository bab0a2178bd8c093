using System.Threading.Channels;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>
/// Commits accepted events to the inbox table before the webhook answers. Requests hand their events to one writer,
/// which commits whatever has gathered in one transaction, so concurrent webhook calls share one disk flush. An event
/// id already stored is skipped by the database itself (a redelivery, however late, adds nothing).
/// </summary>
public sealed partial class InboxWriter(IServiceScopeFactory scopes, InboxWorker handling, ILogger<InboxWriter> logger) : BackgroundService
{
    private const int MaxBatchesPerCommit = 256;

    // Opened at the first commit and kept; dropped after a failure, so the next commit starts on a fresh connection.
    private InboxInsert? insert;

    private readonly Channel<Batch> queue = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once the events are committed (or were stored before); throws if they could not be.</summary>
    public async Task AcceptAsync(IReadOnlyList<ReceivedEvent> events, CancellationToken cancellationToken)
    {
        var batch = new Batch([.. events.Select(ToInbox)]);
        if (!queue.Writer.TryWrite(batch))
        {
            throw new InvalidOperationException("the inbox is closed: the bot is stopping");
        }

        await batch.Committed.Task.WaitAsync(cancellationToken);
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
        try
        {
            insert ??= await InboxInsert.OpenAsync(scopes, cancellationToken);
            var stored = await insert.InsertNewAsync(events, cancellationToken);
            if (stored < events.Count)
            {
                LogDuplicates(logger, events.Count - stored);
            }
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or OperationCanceledException)
        {
            LogCommitFailed(logger, e);
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

        foreach (var chat in events.Select(e => e.ChatId).Distinct())
        {
            handling.Take(chat);
        }
    }

    private async Task DropInsertAsync()
    {
        if (insert is not null)
        {
            await insert.DisposeAsync();
            insert = null;
        }
    }

    internal static InboxEvent ToInbox(ReceivedEvent e) => new()
    {
        EventId = e.EventId,
        Type = e.Type,
        ChatId = e.ChatId,
        Timestamp = e.Timestamp,
        IsRedelivery = e.IsRedelivery,
        Payload = e.Payload,
        ReceivedAt = e.ReceivedAt,
    };

    private sealed record Batch(IReadOnlyList<InboxEvent> Events)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} event(s) were already in the inbox (redelivered); stored once")]
    private static partial void LogDuplicates(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store webhook events; LINE is answered 500 and may deliver them again")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);
}
