using ItaBot.Bot.Line;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Sends what waits in the outbox: the oldest message of each chat first, several chats at a time, never two of one
/// chat at once (<see cref="ChatWorkers"/>). Runs at start-up too, so messages written before a stop go out after it.
/// </summary>
public sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, OutboxSender sender, OutboxSignal signal, TimeProvider time,
    ChatLeases leases, IOptions<LineOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(1);
    private const int MaxRowsPerLook = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            // Without a channel nothing can be sent: what scheduled jobs queue waits for a start with LINE set up.
            return;
        }

        var workers = new ChatWorkers(options.Value.MaxConcurrentChats, SendChatAsync, logger, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var sleep = await DispatchDueAsync(workers, stoppingToken);
                await signal.WaitAsync(sleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left stays pending for the next start.
        }

        await workers.StoppedAsync();
    }

    /// <summary>Queues each chat whose next message is due; returns how long until the next one is.</summary>
    private async Task<TimeSpan> DispatchDueAsync(ChatWorkers workers, CancellationToken cancellationToken)
    {
        List<Head> heads;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var pending = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.Id)
                .Take(MaxRowsPerLook)
                .Select(m => new Head(m.Id, m.ChatId, m.NextAttemptAt))
                .ToListAsync(cancellationToken);
            heads = [.. pending.DistinctBy(m => m.ChatId)];
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            LogLookFailed(logger, e);
            return LongestSleep;
        }

        var now = time.GetUtcNow();
        var sleep = LongestSleep;
        foreach (var head in heads)
        {
            if (head.NextAttemptAt > now)
            {
                sleep = TimeSpan.FromTicks(Math.Min(sleep.Ticks, (head.NextAttemptAt - now).Ticks));
                continue;
            }

            workers.Enqueue(head.ChatId);
        }

        return sleep;
    }

    /// <summary>Sends the chat's due messages in order, stopping at the first that must wait.</summary>
    private async Task SendChatAsync(string chatId, CancellationToken cancellationToken)
    {
        // Another process sharing the PostgreSQL database has the chat now: it sends its messages.
        await using var lease = await leases.TryTakeAsync("outbox", chatId, cancellationToken);
        if (lease is null)
        {
            return;
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                long? next;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
                    var head = await db.OutboxMessages.AsNoTracking()
                        .Where(m => m.Status == OutboxStatus.Pending && m.ChatId == chatId)
                        .OrderBy(m => m.Id)
                        .Select(m => new Head(m.Id, m.ChatId, m.NextAttemptAt))
                        .FirstOrDefaultAsync(cancellationToken);
                    next = head is not null && head.NextAttemptAt <= time.GetUtcNow() ? head.Id : null;
                }

                if (next is not { } id || !await sender.SendAsync(id, cancellationToken))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            LogSendFailed(logger, e);
        }
    }

    private sealed record Head(long Id, string ChatId, DateTimeOffset NextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the outbox; trying again shortly")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record an outbox message's outcome; it stays pending")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
