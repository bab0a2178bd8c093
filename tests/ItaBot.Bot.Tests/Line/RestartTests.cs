using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Line;

/// <summary>The bot process killed with work under way, then started again on the same database.</summary>
public class RestartTests : IDisposable
{
    private readonly LineFake line = new();
    private readonly TestDatabase database;

    public RestartTests() => database = TestDatabase.For(this);

    [Fact]
    public async Task An_event_accepted_but_not_yet_answered_when_the_process_dies_is_answered_after_the_restart()
    {
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await TestPeople.LinkAsync(database, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);
            using var outage = line.Outage(LineFake.ReplyPath, 500, """{"message":"An error occurred in the backend"}""");
            using var http = new HttpClient { BaseAddress = first.Address };

            var response = await LineWebhook.PostAsync(http, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "token-before-crash")));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0);
            await first.KillAsync();
        }

        Assert.DoesNotContain(line.Calls(LineFake.ReplyPath), c => c.Status == 200);

        await using var second = await BotServer.StartAsync(database, settings);

        var answered = await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Any(c => c.Status == 200));
        var reply = Assert.Single(answered, c => c.Status == 200);
        Assert.Contains("มาตรการที่ 4", reply.Body, StringComparison.Ordinal);
        Assert.Equal("token-before-crash", reply.Json.GetProperty("replyToken").GetString());
        await BotIdle.WaitAsync(database.NewContext, line);
        Assert.Single(line.Calls(LineFake.ReplyPath), c => c.Status == 200);
        Assert.Empty(line.Calls(LineFake.PushPath));
        line.AssertContractKept();
    }

    [Fact]
    public async Task A_reply_in_flight_when_the_process_dies_is_neither_sent_again_nor_pushed_once_its_token_has_expired()
    {
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await TestPeople.LinkAsync(database, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);
            using var stalled = line.Slowdown(LineFake.ReplyPath, LineFake.ReplyAnswer, TimeSpan.FromMinutes(1));
            using var http = new HttpClient { BaseAddress = first.Address };
            await LineWebhook.PostAsync(http, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "token-in-flight")));

            // The try is recorded before it is made: once it is, the reply may be on its way to LINE.
            await Eventually.Async(() => Outbox(m => m.ReplyOutcomeUnknown), tried => tried is not null, _ => "no try recorded");
            await first.KillAsync();
        }

        // The restart comes after the token's lifetime: as if the process had been down that long.
        await using (var db = Database())
        {
            var reply = await db.OutboxMessages.SingleAsync();
            reply.ReplyTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await using var second = await BotServer.StartAsync(database, settings);
        await BotIdle.WaitAsync(database.NewContext, line);

        var given = (await Outbox(m => m.ReplyToken == null && m.Kind == OutboxKind.Reply))!;
        Assert.Equal(OutboxStatus.Failed, given.Status);
        Assert.Contains("outcome is unknown", given.LastError, StringComparison.Ordinal);
        Assert.Empty(line.Calls(LineFake.PushPath));

        // The stalled try shows in the fake's log only once answered, if ever; no other reply was tried.
        Assert.True(line.Calls(LineFake.ReplyPath).Count <= 1, "the reply was tried again");
    }

    [Fact]
    public async Task An_answer_never_tried_before_the_process_died_goes_out_as_a_push_once_its_token_has_expired()
    {
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await first.KillAsync();
        }

        // As the handling commits it: queued with its event's token, no try made.
        await using (var db = Database())
        {
            var now = DateTimeOffset.UtcNow;
            db.OutboxMessages.Add(new OutboxMessage
            {
                Kind = OutboxKind.Reply,
                ChatId = LineWebhook.StaffUser,
                Recipients = [LineWebhook.StaffUser],
                ReplyToken = "token-never-tried",
                ReplyTokenExpiresAt = now.AddMinutes(-1),
                Messages = """[{"type":"text","text":"คำตอบที่ยังไม่ได้ส่ง"}]""",
                CreatedAt = now.AddMinutes(-2),
                NextAttemptAt = now.AddMinutes(-2),
            });
            await db.SaveChangesAsync();
        }

        await using var second = await BotServer.StartAsync(database, settings);
        await BotIdle.WaitAsync(database.NewContext, line);

        var push = Assert.Single(line.Calls(LineFake.PushPath));
        Assert.Contains("คำตอบที่ยังไม่ได้ส่ง", push.Said, StringComparison.Ordinal);
        Assert.Empty(line.Calls(LineFake.ReplyPath));
        line.AssertContractKept();
    }

    [Fact]
    public async Task Events_left_in_the_inbox_by_a_stopped_process_are_handled_at_the_next_start()
    {
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await first.KillAsync();
        }

        await TestPeople.LinkAsync(database, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);

        // As the webhook stores them: committed, not yet handled.
        await using (var db = Database())
        {
            var now = DateTimeOffset.UtcNow;
            db.InboxEvents.AddRange(
                Stored(LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "left-1", now.ToUnixTimeMilliseconds()), now),
                Stored(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 2", "left-2", now.ToUnixTimeMilliseconds() + 1), now));
            await db.SaveChangesAsync();
        }

        await using var second = await BotServer.StartAsync(database, settings);

        var replies = await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count >= 2);
        Assert.Equal(["left-1", "left-2"], replies.Select(r => r.Json.GetProperty("replyToken").GetString()));
        line.AssertContractKept();
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_an_update_dialog_continues_where_the_person_was()
    {
        int before;
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await TestPeople.LinkAsync(database, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);
            using var http = new HttpClient { BaseAddress = first.Address };
            await SayAsync(http, "อัปเดตมาตรการ 4");
            // The demo plan is this fiscal year's, its progress so far: the count is read, not assumed.
            before = int.Parse(System.Text.RegularExpressions.Regex.Match(await SayAsync(http, "ตรวจสอบพัสดุ ครุภัณฑ์"), @"ตอนนี้ (\d)/4").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("นับเพิ่มกี่ครั้ง", await SayAsync(http, "ตรวจสอบครุภัณฑ์ไตรมาส 3 เสร็จแล้ว"), StringComparison.Ordinal);
            await first.KillAsync();
        }

        await using var second = await BotServer.StartAsync(database, settings);
        using var again = new HttpClient { BaseAddress = second.Address };
        Assert.Contains("มีหมายเหตุเพิ่มเติมไหมคะ", await SayAsync(again, "1"), StringComparison.Ordinal);
        await SayAsync(again, "ข้าม");
        Assert.Contains("สิ่งที่ทำ: ตรวจสอบครุภัณฑ์ไตรมาส 3 เสร็จแล้ว", await SayAsync(again, "ข้าม"), StringComparison.Ordinal);

        Assert.Contains($"บันทึกแล้วค่ะ: ตรวจสอบพัสดุ ครุภัณฑ์ {before + 1}/4 ครั้ง", await SayAsync(again, "ยืนยัน"), StringComparison.Ordinal);
        line.AssertContractKept();
    }

    /// <summary>Sends a text as the staff user and returns what the reply to it says.</summary>
    private async Task<string> SayAsync(HttpClient http, string text)
    {
        var token = "token-" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await LineWebhook.PostAsync(http, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, text, token)))).StatusCode);
        var calls = await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Any(c => c.Status == 200 && c.Body!.Contains(token, StringComparison.Ordinal)));
        return calls.First(c => c.Status == 200 && c.Body!.Contains(token, StringComparison.Ordinal)).Said;
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    private ItaBotDbContext Database() => database.NewContext();

    private async Task<OutboxMessage?> Outbox(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> where)
    {
        await using var db = Database();
        return await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(where);
    }


    private static InboxEvent Stored(string json, DateTimeOffset at) =>
        Bot.Pipeline.Inbox.InboxWriter.ToInbox(
            Bot.Line.Webhook.WebhookBody.ReadEvents(System.Text.Encoding.UTF8.GetBytes(LineWebhook.Body(json)), at).Single());
}
