using System.Net;
using System.Text;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Line;

/// <summary>The webhook as LINE calls it: signed requests over HTTP, WireMock.Net as the LINE platform.</summary>
public class WebhookTests : LineBotTest
{
    [Fact]
    public async Task Staff_asking_for_measure_4_get_a_reply_carrying_its_Flex_card()
    {
        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Equal("reply-token-1", reply.Json.GetProperty("replyToken").GetString());
        var message = Assert.Single(reply.Json.GetProperty("messages").EnumerateArray());
        Assert.Equal("flex", message.GetProperty("type").GetString());
        Assert.Contains("มาตรการที่ 4", message.GetProperty("altText").GetString(), StringComparison.Ordinal);
        var card = message.GetProperty("contents").ToString();
        Assert.Contains("ตรวจสอบพัสดุ ครุภัณฑ์", card, StringComparison.Ordinal);
        Assert.Contains("2/4 ครั้ง", card, StringComparison.Ordinal);
        Assert.Contains("มาตรการทั้งหมด", message.GetProperty("quickReply").ToString(), StringComparison.Ordinal);

        // Thai travels as UTF-8, not as \u escapes that would double its size against LINE's byte limits.
        Assert.Contains("มาตรการที่ 4", reply.Body, StringComparison.Ordinal);
        Assert.Null(reply.RetryKey);

        // Recorded as sent, so the outbox never tries it again.
        await EventuallyAsync(() => QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync()), m => m.Status == OutboxStatus.Sent, m => $"{m.Status}");
        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_citizen_asking_for_a_measure_is_told_politely_and_sees_none_of_it()
    {
        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.CitizenUser, "สถานะมาตรการ 4", "reply-token-c")));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่ค่ะ", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ครุภัณฑ์", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("flex", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bm90IGEgc2lnbmF0dXJl")]
    [InlineData("not base64 at all!")]
    public async Task A_missing_or_forged_signature_is_refused_and_nothing_is_stored(string? signature)
    {
        var body = LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-f"));

        var response = signature is null
            ? await Client.PostAsync("/line/webhook", new StringContent(body, Encoding.UTF8, "application/json"))
            : await LineWebhook.PostAsync(Client, body, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync<InboxEvent>());
        Assert.Empty(Line.Calls(LineFake.ReplyPath));
    }

    [Fact]
    public async Task A_body_signed_with_another_secret_is_refused()
    {
        var body = LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สวัสดี", "reply-token-o"));

        var response = await LineWebhook.PostAsync(Client, body, ItaBot.Bot.Line.Webhook.LineSignature.Sign("another-secret", Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync<InboxEvent>());
    }

    [Theory]
    [InlineData("{\"destination\":\"U0\",\"events\":[")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"destination\":\"U0\"}")]
    [InlineData("{\"events\":{}}")]
    public async Task Broken_JSON_with_a_good_signature_is_a_bad_request(string body)
    {
        var response = await LineWebhook.PostAsync(Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_signed_body_with_invalid_UTF_8_inside_a_string_is_a_bad_request_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "ab", "reply-token-bad-bytes")));
        var text = body.AsSpan().IndexOf("\"ab\""u8) + 1;
        body[text] = 0xC3;
        body[text + 1] = 0x28;

        var response = await LineWebhook.PostAsync(Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_message_event_without_its_message_is_read_as_an_unknown_message_and_answered_at_the_first_try()
    {
        var missing = LineWebhook.Event("message", LineWebhook.User(LineWebhook.StaffUser), "reply-token-missing");
        var empty = LineWebhook.Event("message", LineWebhook.User(LineWebhook.StaffUser), "reply-token-null", extra: "\"message\":null");

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(missing, empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await IdleAsync();
        var replies = Line.Calls(LineFake.ReplyPath);
        Assert.Equal(["reply-token-missing", "reply-token-null"], replies.Select(r => r.Json.GetProperty("replyToken").GetString()));
        Assert.All(replies, r => Assert.Contains("ตอนนี้บอทเข้าใจเฉพาะข้อความที่พิมพ์", r.Said, StringComparison.Ordinal));
        var stored = await QueryAsync(db => db.InboxEvents.ToListAsync());
        Assert.All(stored, e => Assert.Equal((InboxStatus.Handled, 1, null), (e.Status, e.Attempts, e.Error)));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_too_large()
    {
        var text = new string('ก', 400_000);
        var body = LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, text, "reply-token-big"));
        Assert.True(Encoding.UTF8.GetByteCount(body) > 1024 * 1024);

        var response = await LineWebhook.PostAsync(Client, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task The_verification_call_with_no_events_is_answered_200_and_sends_nothing()
    {
        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await IdleAsync();
        Assert.Empty(Line.AllCalls);
        Assert.Equal(0, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_redelivered_event_is_stored_once_and_answered_once()
    {
        var eventId = LineWebhook.NewEventId();
        var first = LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "reply-token-r", eventId: eventId);
        var again = LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "reply-token-r", eventId: eventId, redelivery: true);

        Assert.Equal(HttpStatusCode.OK, (await LineWebhook.PostAsync(Client, LineWebhook.Body(first))).StatusCode);
        await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0);
        Assert.Equal(HttpStatusCode.OK, (await LineWebhook.PostAsync(Client, LineWebhook.Body(again))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LineWebhook.PostAsync(Client, LineWebhook.Body(again, again))).StatusCode);
        await IdleAsync();

        Assert.Single(Line.Calls(LineFake.ReplyPath));
        Assert.Empty(Line.Calls(LineFake.PushPath));
        Assert.Equal(1, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_delivery_of_many_events_one_of_them_twice_is_stored_whole_and_each_answered_once()
    {
        // More events than the inbox puts in one statement, twice over, so the commit spans several.
        const int Count = 230;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var events = Enumerable.Range(0, Count)
            .Select(i => LineWebhook.Text($"U{i % 10:D32}", "สวัสดี", $"reply-token-many-{i}", timestamp: now + i))
            .ToList();
        events.Add(events[150].Replace("\"isRedelivery\":false", "\"isRedelivery\":true", StringComparison.Ordinal));

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body([.. events]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await IdleAsync();
        var replies = Line.Calls(LineFake.ReplyPath);
        Assert.Equal(Count, await CountAsync<InboxEvent>());
        Assert.Equal(Count, Line.Calls(LineFake.ReplyPath).Count);
        Assert.Equal(Count, replies.Select(r => r.Json.GetProperty("replyToken").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Unknown_event_types_message_types_and_fields_are_accepted_without_spoiling_the_batch()
    {
        var unknownEvent = LineWebhook.Event("futureEvent", LineWebhook.User(LineWebhook.StaffUser), "reply-token-u1", extra: "\"future\":{\"x\":1}");
        var unknownMessage = LineWebhook.Event("message", LineWebhook.User(LineWebhook.StaffUser), "reply-token-u2",
            extra: "\"message\":{\"id\":\"1\",\"type\":\"hologram\",\"depth\":3}");
        var known = LineWebhook.Event("message", LineWebhook.User(LineWebhook.StaffUser), "reply-token-u3",
            extra: "\"newTopLevelField\":true,\"message\":{\"type\":\"text\",\"id\":\"2\",\"quoteToken\":\"q\",\"text\":\"มาตรการ 4\",\"sparkles\":[1,2]}");

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(unknownEvent, unknownMessage, known));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await IdleAsync();
        var replies = Line.Calls(LineFake.ReplyPath);
        Assert.Equal(["reply-token-u2", "reply-token-u3"], replies.Select(r => r.Json.GetProperty("replyToken").GetString()).Order());
        Assert.Contains("มาตรการที่ 4", replies.Single(r => r.Body!.Contains("reply-token-u3", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<InboxEvent>(e => e.Status == InboxStatus.Failed));
    }

    [Fact]
    public async Task A_citizen_tapping_the_survey_in_the_menu_gets_its_first_question()
    {
        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.CitizenUser, "ประเมินความพึงพอใจ", "reply-token-menu")));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("(1/5) ขั้นตอนและระยะเวลาการให้บริการชัดเจนและเหมาะสม", reply.Said, StringComparison.Ordinal);
        Assert.Contains("5 มากที่สุด", reply.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("ไม่เข้าใจ", reply.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_20000_character_message_is_answered_with_help_and_not_kept_after()
    {
        var text = string.Concat(Enumerable.Repeat("ไฟถนนดับหน้าวัด ", 1250));
        Assert.Equal(20_000, text.Length);

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.CitizenUser, text, "reply-token-long")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้", reply.Body, StringComparison.Ordinal);
        await IdleAsync();
        var stored = await QueryAsync(db => db.InboxEvents.SingleAsync());
        Assert.Equal(InboxStatus.Handled, stored.Status);
        Assert.Empty(stored.Payload);
    }

    [Fact]
    public async Task Events_that_need_no_answer_are_stored_and_handled_in_silence()
    {
        var unfollow = LineWebhook.Event("unfollow", LineWebhook.User(LineWebhook.CitizenUser), null);
        var unsend = LineWebhook.Event("unsend", LineWebhook.User(LineWebhook.CitizenUser), null, extra: "\"unsend\":{\"messageId\":\"325708\"}");
        var standby = LineWebhook.Event("message", LineWebhook.User(LineWebhook.StaffUser), null, extra: "\"message\":" + LineWebhook.TextMessage("สถานะมาตรการ 4"))
            .Replace("\"mode\":\"active\"", "\"mode\":\"standby\"", StringComparison.Ordinal);

        await LineWebhook.PostAsync(Client, LineWebhook.Body(unfollow, unsend, standby));

        await IdleAsync();
        Assert.Empty(Line.AllCalls);
        Assert.Equal(0, await CountAsync<InboxEvent>(e => e.Status != InboxStatus.Handled));
    }

    [Fact]
    public async Task A_message_that_cannot_be_read_is_set_aside_and_its_sender_told_so()
    {
        var unreadable = LineWebhook.Event("message", LineWebhook.User(LineWebhook.CitizenUser), "reply-token-bad", extra: "\"message\":42");

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(unreadable));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Equal("reply-token-bad", reply.Json.GetProperty("replyToken").GetString());
        Assert.Contains("ระบบขัดข้อง", reply.Body, StringComparison.Ordinal);
        var failed = await QueryAsync(db => db.InboxEvents.SingleAsync());
        Assert.Equal(InboxStatus.Failed, failed.Status);
        Assert.Contains("JsonException", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_access_token_never_appears_in_a_log()
    {
        Line.Answer(LineFake.ReplyPath, 400, """{"message":"The request body has 1 error(s)","details":[{"message":"must be specified","property":"messages[0].text"}]}""", priority: 1);

        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สวัสดี", "reply-token-l")));
        await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0);
        await EventuallyAsync(() => Task.FromResult(Bot.Logs.Any(l => l.Contains("LINE refused", StringComparison.Ordinal))), logged => logged, _ => "no refusal logged");

        Assert.Contains(Bot.Logs, l => l.Contains("must be specified", StringComparison.Ordinal) && l.Contains("messages[0].text", StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Logs, l => l.Contains(LineWebhook.AccessToken, StringComparison.Ordinal));
    }
}
