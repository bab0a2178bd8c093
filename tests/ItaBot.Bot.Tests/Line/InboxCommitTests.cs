using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Line;

/// <summary>When the webhook cannot store events, LINE is told so, and the webhook recovers by itself.</summary>
public class InboxCommitTests : LineBotTest
{
    private const string RefuseInbox = """CREATE TRIGGER refuse_inbox BEFORE INSERT ON "InboxEvents" BEGIN SELECT RAISE(ABORT, 'disk trouble'); END""";

    [Fact]
    public async Task Events_the_database_refuses_get_a_500_and_their_redelivery_is_stored_and_answered()
    {
        // Warm the inbox's connection first: the failure must come on the connection it keeps, not on a fresh one.
        await SayAsync(LineWebhook.StaffUser, "มาตรการทั้งหมด");
        await QueryAsync(db => db.Database.ExecuteSqlRawAsync(RefuseInbox));
        var eventId = LineWebhook.NewEventId();

        var refused = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-refused", eventId: eventId)));

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal(1, await CountAsync<InboxEvent>());

        await QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_inbox"));
        var redelivered = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-again", eventId: eventId, redelivery: true)));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var replies = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count == 2);
        Assert.Equal("reply-token-again", replies[1].Json.GetProperty("replyToken").GetString());
        Assert.Equal(2, await CountAsync<InboxEvent>());
    }
}
