using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// Waits until a bot has nothing left to do: no event waiting in the inbox, no message due in the outbox. An event is
/// marked handled in the same commit that queues its answer, and a message marked sent only after LINE answered, so
/// once this holds, everything the bot was going to send has reached the fake LINE, and nothing more will come.
/// </summary>
public static class BotIdle
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static async Task WaitAsync(Func<ItaBotDbContext> newContext, TimeProvider? time = null)
    {
        var until = DateTime.UtcNow + Longest;
        while (true)
        {
            await using (var db = newContext())
            {
                var now = (time ?? TimeProvider.System).GetUtcNow();
                var events = await db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending);

                // Compared here rather than in SQL: SQLite cannot order the instants EF stores as text.
                var due = (await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).Select(m => m.NextAttemptAt).ToListAsync())
                    .Count(at => at <= now);
                if (events == 0 && due == 0)
                {
                    return;
                }

                Assert.True(DateTime.UtcNow < until, $"the bot is still busy after {Longest.TotalSeconds:0} s: {events} event(s) pending, {due} message(s) due");
            }

            await Task.Delay(20);
        }
    }
}
