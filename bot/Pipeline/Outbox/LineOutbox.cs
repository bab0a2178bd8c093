using System.Text.Json;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Line.Messages;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Puts messages in the outbox. Nothing is sent here: the rows are added to the caller's database context and go out
/// after the caller's own <c>SaveChanges</c> commits them, together with the change that caused them.
/// </summary>
public sealed class LineOutbox(TimeProvider time, IOptions<LineOptions> options, OutboxSignal signal)
{
    /// <summary>An answer to an event: by its reply token while that is fresh, otherwise as a push to the chat.</summary>
    public OutboxMessage Reply(ItaBotDbContext db, string chatId, string? replyToken, DateTimeOffset eventTime, IReadOnlyList<LineMessage> messages)
    {
        var now = time.GetUtcNow();
        return Add(db, new OutboxMessage
        {
            Kind = OutboxKind.Reply,
            ChatId = chatId,
            Recipients = [chatId],
            ReplyToken = replyToken,
            ReplyTokenExpiresAt = replyToken is null ? null : eventTime + options.Value.ReplyTokenLifetime,
            Messages = Serialize(messages),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    public OutboxMessage Push(ItaBotDbContext db, string to, IReadOnlyList<LineMessage> messages) =>
        Add(db, new OutboxMessage
        {
            Kind = OutboxKind.Push,
            ChatId = to,
            Recipients = [to],
            Messages = Serialize(messages),
            CreatedAt = time.GetUtcNow(),
            NextAttemptAt = time.GetUtcNow(),
        });

    /// <summary>The same messages to many users: one row, and one retry key, for every 500 of them.</summary>
    public IReadOnlyList<OutboxMessage> Multicast(ItaBotDbContext db, IEnumerable<string> to, IReadOnlyList<LineMessage> messages)
    {
        var json = Serialize(messages);
        return [.. to.Distinct().Chunk(LineMessagingClient.MaxMulticastRecipients).Select(part =>
        {
            var retryKey = Guid.NewGuid();
            return Add(db, new OutboxMessage
            {
                Kind = OutboxKind.Multicast,
                RetryKey = retryKey,
                // Multicasts reach many chats; each is a chat of its own here, so they go out side by side.
                ChatId = $"multicast:{retryKey:N}",
                Recipients = [.. part],
                Messages = json,
                CreatedAt = time.GetUtcNow(),
                NextAttemptAt = time.GetUtcNow(),
            });
        })];
    }

    /// <summary>Shows the user the staff menu, or (<paramref name="alias"/> empty) the default one again.</summary>
    public OutboxMessage Menu(ItaBotDbContext db, string userId, string alias) =>
        Add(db, new OutboxMessage
        {
            Kind = OutboxKind.Menu,
            ChatId = userId,
            Recipients = [userId],
            Messages = alias,
            CreatedAt = time.GetUtcNow(),
            NextAttemptAt = time.GetUtcNow(),
        });

    /// <summary>Wakes the dispatcher; call after the rows are committed.</summary>
    public void Notify() => signal.Notify();

    internal static string Serialize(IReadOnlyList<LineMessage> messages) =>
        JsonSerializer.Serialize([.. messages], LineJsonContext.Thai.ListLineMessage);

    internal static List<LineMessage> Deserialize(string json) =>
        JsonSerializer.Deserialize(json, LineJsonContext.Thai.ListLineMessage) ?? [];

    private static OutboxMessage Add(ItaBotDbContext db, OutboxMessage message)
    {
        db.OutboxMessages.Add(message);
        return message;
    }
}
