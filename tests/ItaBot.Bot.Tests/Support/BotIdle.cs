using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// Waits until a bot has nothing left to do: no event waiting in the inbox, no message due in the outbox, and the fake
/// LINE's log holding a call for every message sent. An event is marked handled in the same commit that queues its
/// answer, and a message marked sent only after LINE answered, so once this holds, everything the bot was going to send
/// has reached the fake LINE, and nothing more will come. (WireMock logs a call only after it has written the answer,
/// so the bot may record a message sent a moment before its call shows in the log.)
/// </summary>
public static class BotIdle
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    private static readonly string[] Sending = [LineFake.ReplyPath, LineFake.PushPath, LineFake.MulticastPath];

    public static Task WaitAsync(Func<ItaBotDbContext> newContext, LineFake line, TimeProvider? time = null) =>
        Eventually.Async(
            () => ReadAsync(newContext, line, time ?? TimeProvider.System),
            busy => busy.IsIdle,
            busy => $"the bot is still busy: {busy.Events} event(s) pending, {busy.Due} message(s) due, {busy.Sent} sent and {busy.Logged} call(s) logged",
            Longest);

    private static async Task<Busy> ReadAsync(Func<ItaBotDbContext> newContext, LineFake line, TimeProvider time)
    {
        await using var db = newContext();
        var events = await db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending);
        var pending = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).Select(m => m.NextAttemptAt).ToListAsync();

        // Read after the rows, so that a message queued while they were read counts as due. Compared here rather than
        // in SQL: SQLite cannot order the instants EF stores as text.
        var now = time.GetUtcNow();
        var sent = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent);
        // A menu row ends in one call that links or unlinks a user's menu.
        var menus = line.AllCalls.Count(c => c.Path.StartsWith("/v2/bot/user/", StringComparison.Ordinal) && !c.Path.StartsWith("/v2/bot/user/all/", StringComparison.Ordinal));
        return new Busy(events, pending.Count(at => at <= now), sent, Sending.Sum(path => line.Calls(path).Count) + menus);
    }

    private sealed record Busy(int Events, int Due, int Sent, int Logged)
    {
        public bool IsIdle => Events == 0 && Due == 0 && Logged >= Sent;
    }
}
