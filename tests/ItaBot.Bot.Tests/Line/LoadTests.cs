using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Many people at once: every event answered exactly once, each person's in the order they wrote.</summary>
public class LoadTests : LineBotTest
{
    [Fact]
    public async Task A_thousand_events_from_fifty_users_at_once_are_each_answered_once_in_each_users_order()
    {
        await ManyUsers.SendAsync([Client], users: 50, messagesEach: 20);

        await ManyUsers.AssertEachAnsweredOnceInOrderAsync(Line, IdleAsync, users: 50, messagesEach: 20);
    }
}
