using ItaBot.Bot.Line;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Sends what waits in the outbox: the oldest message of each chat first, several chats at a time, never two of one
/// chat at once (<see cref="ChatWorkers"/>). The handling hands it each chat it has just answered; the whole outbox is
/// looked at when pushes are queued, when a message's next try falls due, and at start-up, so messages written before
/// a stop go out after it.
/// </summary>
public sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, OutboxSender sender, OutboxSignal signal, TimeProvider time,
    ChatLeases leases, IOptions<LineOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly ChatWorkers workers = new(options.Value.MaxConcurrentChats, logger);

    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(1);
    private const int MaxRowsPerLook = 2000;
    private const int RowsPerRead = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            // Without a channel nothing can be sent: what scheduled jobs queue waits for a start with LINE set up.
            return;
        }

        var running = workers.RunAsync(SendChatAsync, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var sleep = await DispatchDueAsync(stoppingToken);
                await signal.WaitAsync(sleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left stays pending for the next start.
        }

        await running;
    }

    /// <summary>Hands a chat whose new answer was just committed to its worker.</summary>
    public void Take(string chatId) => workers.Enqueue(chatId);

    /// <summary>Queues each chat whose next message is due; returns how long until the next one is.</summary>
    private async Task<TimeSpan> DispatchDueAsync(CancellationToken cancellationToken)
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
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
                var next = await db.OutboxMessages
                    .Where(m => m.Status == OutboxStatus.Pending && m.ChatId == chatId)
                    .OrderBy(m => m.Id)
                    .Take(RowsPerRead)
                    .ToListAsync(cancellationToken);
                var settled = 0;
                try
                {
                    // One that must wait stops the chat's line: the look at the whole outbox takes it up when it is due.
                    while (settled < next.Count && next[settled].NextAttemptAt <= time.GetUtcNow() && await sender.SendAsync(db, next[settled], cancellationToken))
                    {
                        settled++;
                    }
                }
                finally
                {
                    await db.SaveChangesAsync(CancellationToken.None);
                }

                if (settled < RowsPerRead)
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
