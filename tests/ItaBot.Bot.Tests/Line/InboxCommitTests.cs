using System.Net;
using ItaBot.Bot.Line.Inbox;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Line;

/// <summary>When the webhook cannot store events, LINE is told so, and the webhook recovers by itself.</summary>
public class InboxCommitTests : LineBotTest
{
    [Fact]
    public async Task Events_the_spool_refuses_get_a_500_and_their_redelivery_is_stored_and_answered()
    {
        // Warm the inbox's connection first: the failure must come on the connection it keeps, not on a fresh one.
        await SayAsync(LineWebhook.StaffUser, "มาตรการทั้งหมด");
        await OnSpoolAsync(InboxSpoolTests.RefuseInbox);
        var eventId = LineWebhook.NewEventId();

        var refused = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-refused", eventId: eventId)));

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal(1, await CountAsync<InboxEvent>());
        Assert.Equal(0, Bot.Services.GetRequiredService<WebhookPressure>().Waiting);

        await OnSpoolAsync("DROP TRIGGER refuse_inbox");
        var redelivered = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-again", eventId: eventId, redelivery: true)));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var replies = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count == 2);
        Assert.Equal("reply-token-again", replies[1].Json.GetProperty("replyToken").GetString());
        Assert.Equal(2, await CountAsync<InboxEvent>());
    }
}
