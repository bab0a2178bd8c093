using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Conversations;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>Old messages and abandoned dialogs go; anything still to be handled or sent, and anything recent, stays.</summary>
public sealed class RetentionJobTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 3, 30, 0, TimeSpan.Zero);
    private readonly TempDatabaseFile database = new();

    [Fact]
    public async Task Handled_and_sent_messages_older_than_thirty_days_and_dialogs_idle_for_a_day_are_dropped()
    {
        await using (var db = await OpenAsync())
        {
            db.InboxEvents.AddRange(
                Inbox("old-handled", InboxStatus.Handled, Now.AddDays(-31)),
                Inbox("old-failed", InboxStatus.Failed, Now.AddDays(-31)),
                Inbox("old-pending", InboxStatus.Pending, Now.AddDays(-31)),
                Inbox("recent", InboxStatus.Handled, Now.AddDays(-29)));
            db.OutboxMessages.AddRange(Outbox("old-sent", OutboxStatus.Sent, Now.AddDays(-31)), Outbox("old-pending", OutboxStatus.Pending, Now.AddDays(-31)), Outbox("recent", OutboxStatus.Sent, Now.AddDays(-1)));
            db.DialogStates.AddRange(
                new DialogState { ChatId = "idle", Stack = "[]", UpdatedAt = Now.AddHours(-25) },
                new DialogState { ChatId = "active", Stack = "[]", UpdatedAt = Now.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }

        await using (var db = await OpenAsync())
        {
            await new RetentionJob(db).RunAsync(Now, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = await OpenAsync();
        Assert.Equal(["old-pending", "recent"], await check.InboxEvents.OrderBy(e => e.EventId).Select(e => e.EventId).ToListAsync());
        Assert.Equal(["old-pending", "recent"], await check.OutboxMessages.OrderBy(m => m.ChatId).Select(m => m.ChatId).ToListAsync());
        Assert.Equal(["active"], await check.DialogStates.Select(d => d.ChatId).ToListAsync());
    }

    public void Dispose() => database.Dispose();

    private async Task<ItaBotDbContext> OpenAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        var db = database.NewContext();
        await db.Database.MigrateAsync();
        return db;
    }

    private static InboxEvent Inbox(string id, InboxStatus status, DateTimeOffset at) => new()
    {
        EventId = id,
        Type = "message",
        ChatId = "U1",
        Payload = "{}",
        ReceivedAt = at,
        Status = status,
        HandledAt = status == InboxStatus.Handled ? at : null,
    };

    private static OutboxMessage Outbox(string chat, OutboxStatus status, DateTimeOffset at) => new()
    {
        Kind = OutboxKind.Push,
        ChatId = chat,
        Recipients = [chat],
        Messages = "[]",
        CreatedAt = at,
        NextAttemptAt = at,
        Status = status,
        SentAt = status == OutboxStatus.Sent ? at : null,
    };
}
