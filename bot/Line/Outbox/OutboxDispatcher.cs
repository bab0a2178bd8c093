using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Line.Outbox;

/// <summary>
/// Sends what waits in the outbox: the oldest message of each chat first, several chats at a time, never two of one
/// chat at once. Runs at start-up too, so messages written before a stop go out after it.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSender sender, OutboxSignal signal, TimeProvider time,
    ChatLeases leases, BackgroundScheduler scheduler, IOptions<LineOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
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

        using var lanes = new ChatLanes(options.Value.MaxConcurrentChats, signal, leases, "outbox", scheduler);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var sleep = await DispatchDueAsync(lanes, stoppingToken);
                await signal.WaitAsync(sleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await lanes.DrainAsync();
        }
    }

    /// <summary>Starts a lane for each chat whose next message is due; returns how long until the next one is.</summary>
    private async Task<TimeSpan> DispatchDueAsync(ChatLanes lanes, CancellationToken cancellationToken)
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
        foreach (var head in heads.Where(h => !lanes.IsBusy(h.ChatId)))
        {
            if (head.NextAttemptAt > now)
            {
                sleep = TimeSpan.FromTicks(Math.Min(sleep.Ticks, (head.NextAttemptAt - now).Ticks));
                continue;
            }

            await lanes.TryStartAsync(head.ChatId, () => SendChatAsync(head.ChatId, cancellationToken), cancellationToken);
        }

        return sleep;
    }

    /// <summary>Sends the chat's due messages in order, stopping at the first that must wait.</summary>
    private async Task SendChatAsync(string chatId, CancellationToken cancellationToken)
    {
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what is left stays pending for the next start.
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
