using System.Text.Json;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Rendering;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Bot.Pipeline.Outbox;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>
/// Handles the events in the inbox: each chat's events one at a time in the order they happened, different chats in
/// parallel (<see cref="ChatWorkers"/>). The webhook hands each chat with new events straight to its worker; the whole
/// inbox is looked at only at start-up and every few seconds, for what a failure or another process left. An event is marked handled in the same transaction that puts its answer in the
/// outbox, so a stop at any point either redoes the event or has the answer it already made sent, never both. At
/// start-up it takes up whatever the last run left. What the person wrote is dropped once the event is handled.
/// </summary>
public sealed partial class InboxWorker(
    IServiceScopeFactory scopes, OutboxWorker outbox, TimeProvider time,
    ChatLeases leases, PhotoLinks photos, IOptions<LineOptions> options, ILogger<InboxWorker> logger) : BackgroundService
{
    private readonly ChatWorkers workers = new(options.Value.MaxConcurrentChats, logger);

    /// <summary>An event that fails this often is set aside, so one bad event does not stop its chat for good.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How often a turn is redone when a concurrent one changed what it read.</summary>
    private const int MaxConflicts = 10;

    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(2);
    private const int MaxChatsPerLook = 1000;
    private const int EventsPerRead = 50;

    /// <summary>Hands a chat whose new events were just committed to its worker.</summary>
    public void Take(string chatId) => workers.Enqueue(chatId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = workers.RunAsync(DrainChatAsync, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var chat in await PendingChatsAsync(stoppingToken))
                {
                    workers.Enqueue(chat);
                }

                await Task.Delay(LookEvery, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still pending is taken up at the next start.
        }

        await running;
    }

    private async Task<List<string>> PendingChatsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            return await db.InboxEvents.Where(e => e.Status == InboxStatus.Pending)
                .Select(e => e.ChatId).Distinct().OrderBy(chat => chat).Take(MaxChatsPerLook).ToListAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            LogLookFailed(logger, e);
            return [];
        }
    }

    private async Task DrainChatAsync(string chatId, CancellationToken cancellationToken)
    {
        // Another process sharing the PostgreSQL database has the chat now: it drains it.
        await using var lease = await leases.TryTakeAsync("inbox", chatId, cancellationToken);
        if (lease is null)
        {
            return;
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                List<InboxEvent> next;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
                    next = await db.InboxEvents.AsNoTracking().Where(e => e.Status == InboxStatus.Pending && e.ChatId == chatId)
                        .OrderBy(e => e.Timestamp).ThenBy(e => e.Id).Take(EventsPerRead)
                        .ToListAsync(cancellationToken);
                }

                if (next.Count == 0)
                {
                    return;
                }

                foreach (var inbox in next)
                {
                    await HandleAsync(inbox, cancellationToken);
                }
            }
        }
        catch (System.Data.Common.DbException e)
        {
            LogLookFailed(logger, e);
        }
    }

    private async Task HandleAsync(InboxEvent inbox, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            try
            {
                await AnswerAsync(scope.ServiceProvider, db, inbox, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConflicts)
            {
                // Someone else's message changed the same measure in between: nothing was saved; redo on fresh data,
                // from the event as it is stored (the failed try marked the copy in hand as handled).
                db.ChangeTracker.Clear();
                inbox = await db.InboxEvents.AsNoTracking().SingleAsync(e => e.Id == inbox.Id, cancellationToken);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(inbox.Id, e);
                return;
            }

            scope.ServiceProvider.GetRequiredService<LineMessenger>().WakeIfQueued();
            outbox.Take(inbox.ChatId);
            return;
        }
    }

    /// <summary>Works out the answer, and in one transaction marks the event handled and puts the answer in the outbox.</summary>
    private async Task AnswerAsync(IServiceProvider services, ItaBotDbContext db, InboxEvent inbox, CancellationToken cancellationToken)
    {
        // Read by this chat's worker alone, so still pending; attached, only the changed columns are written.
        db.InboxEvents.Attach(inbox);
        var e = WebhookEventReader.Read(inbox.Payload);
        var reply = await services.GetRequiredService<EventAnswers>().AnswerAsync(e, cancellationToken);
        var messages = reply is null ? [] : LineReplies.Render(reply, photos.Of);
        if (messages.Count > 0 && e.Source?.ChatId is { } chat)
        {
            var replyToken = (e as ReplyableEvent)?.ReplyToken;
            services.GetRequiredService<LineOutbox>()
                .Reply(db, chat, replyToken, DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp), messages);
        }

        inbox.Status = InboxStatus.Handled;
        inbox.Attempts++;
        inbox.HandledAt = time.GetUtcNow();
        inbox.Payload = "";
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(long id, Exception error)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var inbox = await db.InboxEvents.SingleAsync(e => e.Id == id);
            inbox.Attempts++;
            inbox.Error = $"{error.GetType().Name}: {error.Message}";
            OutboxMessage? apology = null;
            if (inbox.Attempts >= MaxAttempts || error is JsonException)
            {
                inbox.Status = InboxStatus.Failed;
                apology = Apologize(scope.ServiceProvider, db, inbox);
                inbox.Payload = "";
            }

            await db.SaveChangesAsync();
            if (apology is not null)
            {
                outbox.Take(inbox.ChatId);
            }

            LogHandlingFailed(logger, error, inbox.Id, inbox.Type, inbox.Attempts, inbox.Status);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException)
        {
            LogLookFailed(logger, e);
        }
    }

    /// <summary>
    /// A person who wrote to the bot is never left without an answer: when their message cannot be handled, they are
    /// told so, by the event's reply token while it is fresh, otherwise by a push to the chat.
    /// </summary>
    private static OutboxMessage? Apologize(IServiceProvider services, ItaBotDbContext db, InboxEvent inbox)
    {
        if (inbox.Type is not ("message" or "postback") || inbox.ChatId.Length == 0)
        {
            return null;
        }

        // The token alone, read plainly: the rest of the event may be what could not be read.
        using var payload = JsonDocument.Parse(inbox.Payload);
        var replyToken = payload.RootElement.TryGetProperty("replyToken", out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()
            : null;

        return services.GetRequiredService<LineOutbox>().Reply(
            db, inbox.ChatId, replyToken, DateTimeOffset.FromUnixTimeMilliseconds(inbox.Timestamp), LineReplies.Render(HelpAnswers.Failed()));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the inbox; trying again shortly")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling inbox event {Id} ({Type}) failed on try {Attempts}; now {Status}")]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception, long id, string type, int attempts, InboxStatus status);
}
