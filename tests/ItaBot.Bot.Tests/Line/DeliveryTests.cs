using System.Net;
using ItaBot.Bot.Line.Messages;
using ItaBot.Bot.Pipeline.Outbox;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Line;

/// <summary>What reaches LINE when LINE misbehaves: every message delivered once, with one retry key, or kept.</summary>
public class DeliveryTests : LineBotTest
{
    private const string ServerError = """{"message":"An error occurred in the backend"}""";
    private const string TooMany = """{"message":"Too many requests"}""";

    [Fact]
    public async Task LINE_answering_500_then_200_gets_one_message_under_one_retry_key()
    {
        Line.AnswerInTurn(LineFake.PushPath, (500, ServerError, null));

        var id = await PushAsync("U0000000000000000000000000000p500", "แจ้งเตือน");

        var pushes = await Line.WaitForAsync(LineFake.PushPath, calls => calls.Any(c => c.Status == 200));
        Assert.Equal([500, 200], pushes.Select(p => p.Status));
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        Assert.True(Guid.TryParse(pushes[0].RetryKey, out _));
        await WaitForStatusAsync(id, OutboxStatus.Sent);
        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_tried_again_no_sooner_than_LINE_asked()
    {
        Line.AnswerInTurn(LineFake.PushPath, (429, TooMany, "1"));

        var id = await PushAsync("U0000000000000000000000000000p429", "แจ้งเตือน");

        var pushes = await Line.WaitForAsync(LineFake.PushPath, calls => calls.Any(c => c.Status == 200));
        Assert.Equal([429, 200], pushes.Select(p => p.Status));
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromMilliseconds(900), $"tried again after {pushes[1].At - pushes[0].At}");
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        await WaitForStatusAsync(id, OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_409_for_a_known_retry_key_counts_as_delivered()
    {
        Line.AnswerInTurn(LineFake.PushPath, (409, """{"message":"The retry key is already accepted"}""", null));

        var id = await PushAsync("U0000000000000000000000000000p409", "แจ้งเตือน");

        await WaitForStatusAsync(id, OutboxStatus.Sent);
        Assert.Single(Line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_is_kept_with_LINEs_answer()
    {
        Line.AnswerInTurn(LineFake.PushPath, (400, """{"message":"The request body has 1 error(s)"}""", null));

        var id = await PushAsync("U0000000000000000000000000000p400", "แจ้งเตือน");

        var row = await WaitForStatusAsync(id, OutboxStatus.Failed);
        Assert.Contains("The request body has 1 error(s)", row.LastError, StringComparison.Ordinal);
        await IdleAsync();
        Assert.Single(Line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task The_monthly_quota_is_not_retried_in_a_loop()
    {
        Line.AnswerInTurn(LineFake.PushPath, (429, """{"message":"You have reached your monthly limit."}""", null));

        var id = await PushAsync("U0000000000000000000000000000pmon", "แจ้งเตือน");

        var row = await WaitUntilAsync(id, r => r.Attempts == 1 && r.LastError is not null);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.True(row.NextAttemptAt > DateTimeOffset.UtcNow.AddMinutes(50), $"next try at {row.NextAttemptAt:O}, error {row.LastError}");
        await IdleAsync();
        Assert.Single(Line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_multicast_to_1200_users_goes_out_in_parts_of_at_most_500_each_with_its_own_key()
    {
        var users = Enumerable.Range(0, 1200).Select(i => $"U{i:D32}").ToList();
        using (var scope = Bot.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<LineOutbox>();
            outbox.Multicast(db, users, [new LineTextMessage("ประกาศ")]);
            await db.SaveChangesAsync();
            outbox.Notify();
        }

        var calls = await Line.WaitForAsync(LineFake.MulticastPath, calls => calls.Count >= 3);
        var recipients = calls.Select(c => c.Json.GetProperty("to").EnumerateArray().Select(u => u.GetString()!).ToList()).ToList();
        Assert.All(recipients, part => Assert.InRange(part.Count, 1, 500));
        Assert.Equal(users.Order(), recipients.SelectMany(p => p).Order());
        Assert.Equal(3, calls.Select(c => c.RetryKey).Distinct().Count());
        Line.AssertContractKept();
    }

    [Fact]
    public async Task An_answer_whose_reply_token_is_too_old_goes_out_as_a_push_with_a_retry_key()
    {
        var fiveMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds();

        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "old-token", fiveMinutesAgo)));

        var push = Assert.Single(await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Equal(LineWebhook.StaffUser, push.Json.GetProperty("to").GetString());
        Assert.Contains("มาตรการที่ 4", push.Body, StringComparison.Ordinal);
        Assert.NotNull(push.RetryKey);
        Assert.Empty(Line.Calls(LineFake.ReplyPath));
        Line.AssertContractKept();
    }

    [Fact]
    public async Task An_answer_whose_reply_token_LINE_refuses_goes_out_as_a_push()
    {
        Line.AnswerInTurn(LineFake.ReplyPath, (400, """{"message":"Invalid reply token"}""", null));

        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "spent-token")));

        var push = Assert.Single(await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Contains("มาตรการทั้งหมด", push.Body, StringComparison.Ordinal);
        Assert.Single(Line.Calls(LineFake.ReplyPath));
    }

    [Fact]
    public async Task A_reply_refused_as_spent_after_a_try_that_may_have_arrived_is_not_sent_again()
    {
        // The first try's answer is lost (500); LINE had in fact delivered it, so the token is now spent.
        Line.AnswerInTurn(LineFake.ReplyPath, (500, ServerError, null), (400, """{"message":"Invalid reply token"}""", null));

        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สวัสดี", "lost-answer-token")));

        await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count >= 2);
        await WaitUntilAsync(1, r => r.Status == OutboxStatus.Sent);
        Assert.Empty(Line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_follow_is_welcomed_by_the_name_on_the_LINE_profile_with_the_privacy_notice()
    {
        var follow = LineWebhook.Event("follow", LineWebhook.User(LineWebhook.CitizenUser), "follow-token", extra: "\"follow\":{\"isUnblocked\":false}");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(follow));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains($"สวัสดีค่ะ คุณ{LineFake.DisplayName} ยินดีต้อนรับสู่ LINE ทางการของเทศบาลตำบลไผ่ดำพัฒนา", reply.Body, StringComparison.Ordinal);
        var messages = reply.Json.GetProperty("messages");
        Assert.Contains("ลบข้อมูลของฉัน", messages[messages.GetArrayLength() - 1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("ร้องเรียน", messages[messages.GetArrayLength() - 1].GetProperty("quickReply").ToString(), StringComparison.Ordinal);
        Assert.Single(Line.Calls($"/v2/bot/profile/{LineWebhook.CitizenUser}"));
        Line.AssertContractKept();
    }


    private async Task<long> PushAsync(string to, string text)
    {
        using var scope = Bot.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<LineOutbox>();
        var row = outbox.Push(db, to, [new LineTextMessage(text)]);
        await db.SaveChangesAsync();
        outbox.Notify();
        return row.Id;
    }

    private Task<OutboxMessage> RowAsync(long id) =>
        QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private Task<OutboxMessage> WaitForStatusAsync(long id, OutboxStatus status) => WaitUntilAsync(id, r => r.Status == status);

    private Task<OutboxMessage> WaitUntilAsync(long id, Func<OutboxMessage, bool> condition) =>
        EventuallyAsync(() => RowAsync(id), condition, row => $"outbox message {id} is {row.Status} after {row.Attempts} tries: {row.LastError}");
}
