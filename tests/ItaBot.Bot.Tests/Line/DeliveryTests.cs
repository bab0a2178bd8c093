using System.Net;
using ItaBot.Bot.Line.Messages;
using ItaBot.Bot.Line.Outbox;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Line;

/// <summary>What reaches LINE when LINE misbehaves: every message delivered once, with one retry key, or kept.</summary>
public sealed class DeliveryTests : IDisposable
{
    private const string ServerError = """{"message":"An error occurred in the backend"}""";
    private const string TooMany = """{"message":"Too many requests"}""";

    private readonly LineFake line = new();
    private readonly BotFactory bot;
    private readonly HttpClient client;

    public DeliveryTests()
    {
        bot = new BotFactory(LineWebhook.Settings(line));
        client = bot.CreateClient();
    }

    [Fact]
    public async Task LINE_answering_500_then_200_gets_one_message_under_one_retry_key()
    {
        line.AnswerInTurn(LineFake.PushPath, (500, ServerError, null));

        var id = await PushAsync("U0000000000000000000000000000p500", "แจ้งเตือน");

        var pushes = await line.WaitForAsync(LineFake.PushPath, calls => calls.Any(c => c.Status == 200));
        Assert.Equal([500, 200], pushes.Select(p => p.Status));
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        Assert.True(Guid.TryParse(pushes[0].RetryKey, out _));
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
        line.AssertContractKept();
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_tried_again_no_sooner_than_LINE_asked()
    {
        line.AnswerInTurn(LineFake.PushPath, (429, TooMany, "1"));

        var id = await PushAsync("U0000000000000000000000000000p429", "แจ้งเตือน");

        var pushes = await line.WaitForAsync(LineFake.PushPath, calls => calls.Any(c => c.Status == 200));
        Assert.Equal([429, 200], pushes.Select(p => p.Status));
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromMilliseconds(900), $"tried again after {pushes[1].At - pushes[0].At}");
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        await WaitForStatusAsync(id, OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_409_for_a_known_retry_key_counts_as_delivered()
    {
        line.AnswerInTurn(LineFake.PushPath, (409, """{"message":"The retry key is already accepted"}""", null));

        var id = await PushAsync("U0000000000000000000000000000p409", "แจ้งเตือน");

        await WaitForStatusAsync(id, OutboxStatus.Sent);
        Assert.Single(line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_is_kept_with_LINEs_answer()
    {
        line.AnswerInTurn(LineFake.PushPath, (400, """{"message":"The request body has 1 error(s)"}""", null));

        var id = await PushAsync("U0000000000000000000000000000p400", "แจ้งเตือน");

        var row = await WaitForStatusAsync(id, OutboxStatus.Failed);
        Assert.Contains("The request body has 1 error(s)", row.LastError, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Single(line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task The_monthly_quota_is_not_retried_in_a_loop()
    {
        line.AnswerInTurn(LineFake.PushPath, (429, """{"message":"You have reached your monthly limit."}""", null));

        var id = await PushAsync("U0000000000000000000000000000pmon", "แจ้งเตือน");

        var row = await WaitUntilAsync(id, r => r.Attempts == 1 && r.LastError is not null);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.True(row.NextAttemptAt > DateTimeOffset.UtcNow.AddMinutes(50), $"next try at {row.NextAttemptAt:O}, error {row.LastError}");
        await Task.Delay(500);
        Assert.Single(line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_multicast_to_1200_users_goes_out_in_parts_of_at_most_500_each_with_its_own_key()
    {
        var users = Enumerable.Range(0, 1200).Select(i => $"U{i:D32}").ToList();
        using (var scope = bot.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<LineOutbox>();
            outbox.Multicast(db, users, [new LineTextMessage("ประกาศ")]);
            await db.SaveChangesAsync();
            outbox.Notify();
        }

        var calls = await line.WaitForAsync(LineFake.MulticastPath, calls => calls.Count >= 3);
        var recipients = calls.Select(c => c.Json.GetProperty("to").EnumerateArray().Select(u => u.GetString()!).ToList()).ToList();
        Assert.All(recipients, part => Assert.InRange(part.Count, 1, 500));
        Assert.Equal(users.Order(), recipients.SelectMany(p => p).Order());
        Assert.Equal(3, calls.Select(c => c.RetryKey).Distinct().Count());
        line.AssertContractKept();
    }

    [Fact]
    public async Task An_answer_whose_reply_token_is_too_old_goes_out_as_a_push_with_a_retry_key()
    {
        var fiveMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds();

        await LineWebhook.PostAsync(client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "old-token", fiveMinutesAgo)));

        var push = Assert.Single(await line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Equal(LineWebhook.StaffUser, push.Json.GetProperty("to").GetString());
        Assert.Contains("มาตรการที่ 4", push.Body, StringComparison.Ordinal);
        Assert.NotNull(push.RetryKey);
        Assert.Empty(line.Calls(LineFake.ReplyPath));
        line.AssertContractKept();
    }

    [Fact]
    public async Task An_answer_whose_reply_token_LINE_refuses_goes_out_as_a_push()
    {
        line.AnswerInTurn(LineFake.ReplyPath, (400, """{"message":"Invalid reply token"}""", null));

        await LineWebhook.PostAsync(client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "spent-token")));

        var push = Assert.Single(await line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Contains("มาตรการทั้งหมด", push.Body, StringComparison.Ordinal);
        Assert.Single(line.Calls(LineFake.ReplyPath));
    }

    [Fact]
    public async Task A_reply_refused_as_spent_after_a_try_that_may_have_arrived_is_not_sent_again()
    {
        // The first try's answer is lost (500); LINE had in fact delivered it, so the token is now spent.
        line.AnswerInTurn(LineFake.ReplyPath, (500, ServerError, null), (400, """{"message":"Invalid reply token"}""", null));

        await LineWebhook.PostAsync(client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สวัสดี", "lost-answer-token")));

        await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count >= 2);
        await WaitUntilAsync(1, r => r.Status == OutboxStatus.Sent);
        Assert.Empty(line.Calls(LineFake.PushPath));
    }

    [Fact]
    public async Task A_follow_is_welcomed_by_the_name_on_the_LINE_profile()
    {
        var follow = LineWebhook.Event("follow", LineWebhook.User(LineWebhook.CitizenUser), "follow-token", extra: "\"follow\":{\"isUnblocked\":false}");

        await LineWebhook.PostAsync(client, LineWebhook.Body(follow));

        var reply = Assert.Single(await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains($"สวัสดีค่ะ คุณ{LineFake.DisplayName} ยินดีต้อนรับสู่ LINE ทางการของเทศบาลตำบลไผ่ดำพัฒนา", reply.Body, StringComparison.Ordinal);
        Assert.Contains("ติดต่อเทศบาล", reply.Json.GetProperty("messages")[0].GetProperty("quickReply").ToString(), StringComparison.Ordinal);
        Assert.Single(line.Calls($"/v2/bot/profile/{LineWebhook.CitizenUser}"));
        line.AssertContractKept();
    }

    public void Dispose()
    {
        client.Dispose();
        bot.Dispose();
        line.Dispose();
    }

    private async Task<long> PushAsync(string to, string text)
    {
        using var scope = bot.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<LineOutbox>();
        var row = outbox.Push(db, to, [new LineTextMessage(text)]);
        await db.SaveChangesAsync();
        outbox.Notify();
        return row.Id;
    }

    private async Task<OutboxMessage> RowAsync(long id)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ItaBotDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private Task<OutboxMessage> WaitForStatusAsync(long id, OutboxStatus status) => WaitUntilAsync(id, r => r.Status == status);

    private async Task<OutboxMessage> WaitUntilAsync(long id, Func<OutboxMessage, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var row = await RowAsync(id);
            if (condition(row))
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < until, $"outbox message {id} is {row.Status} after {row.Attempts} tries: {row.LastError}");
            await Task.Delay(25);
        }
    }
}
