using System.Net;
using ItaBot.Bot.Line.Inbox;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Line;

/// <summary>
/// On SQLite the webhook commits events to a spool file of its own, so LINE never waits on the bot's database; the
/// events move into the database in the background.
/// </summary>
public class InboxSpoolTests : LineBotTest
{
    public const string RefuseInbox = """CREATE TRIGGER refuse_inbox BEFORE INSERT ON "InboxEvents" BEGIN SELECT RAISE(ABORT, 'disk trouble'); END""";

    [Fact]
    public async Task An_event_the_database_cannot_take_yet_is_accepted_and_answered_once_the_database_takes_it()
    {
        await SayAsync(LineWebhook.StaffUser, "มาตรการทั้งหมด");
        await QueryAsync(db => db.Database.ExecuteSqlRawAsync(RefuseInbox));

        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "reply-token-held")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await EventuallyAsync(() => Task.FromResult(Bot.Logs.Count(l => l.Contains("Could not move events", StringComparison.Ordinal))), n => n > 0, n => $"{n} failed moves");
        Assert.Single(Line.Calls(LineFake.ReplyPath));
        Assert.Equal(1, await SpooledAsync());

        await QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_inbox"));

        var replies = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count == 2);
        Assert.Equal("reply-token-held", replies[1].Json.GetProperty("replyToken").GetString());
        Assert.Contains("มาตรการที่ 4", replies[1].Said, StringComparison.Ordinal);
        await EventuallyAsync(SpooledAsync, n => n == 0, n => $"{n} events still in the spool");
        Assert.Equal(2, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_redelivery_that_comes_after_its_event_left_the_spool_is_neither_stored_nor_answered_again()
    {
        var eventId = LineWebhook.NewEventId();
        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "reply-token-1", eventId: eventId)));
        await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0);
        await EventuallyAsync(SpooledAsync, n => n == 0, n => $"{n} events still in the spool");

        var again = await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(LineWebhook.StaffUser, "มาตรการทั้งหมด", "reply-token-2", eventId: eventId, redelivery: true)));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await EventuallyAsync(() => Task.FromResult(Bot.Logs.Count(l => l.Contains("already in the inbox", StringComparison.Ordinal))), n => n > 0, n => $"{n} duplicates logged");
        await EventuallyAsync(SpooledAsync, n => n == 0, n => $"{n} events still in the spool");
        await Task.Delay(300);
        Assert.Single(Line.Calls(LineFake.ReplyPath));
        Assert.Equal(1, await CountAsync<InboxEvent>());
    }

    [Fact]
    public async Task A_backlog_beyond_what_the_handling_needs_next_waits_in_the_spool_and_is_all_answered_in_order()
    {
        const int users = 3, messagesEach = 700;
        const int total = users * messagesEach;
        Assert.True(total > InboxMover.MostPending + users);

        using (Line.Slowdown(LineFake.ReplyPath, LineFake.ReplyAnswer, TimeSpan.FromSeconds(8)))
        {
            // Each chat's first answer hangs on LINE, so its handling stops there and the rest piles up.
            await ManyUsers.SendBatchedAsync(Client, users, messagesEach, eventsPerCall: 100);

            var (pending, inInbox, spooled) = await EventuallyAsync(BacklogAsync,
                b => b.Pending == InboxMover.MostPending && b.InInbox + b.Spooled == total, b => $"{b} of {total}");
            Assert.True(spooled > 0);
            await Task.Delay(500);
            Assert.Equal((pending, inInbox, spooled), await BacklogAsync());
        }

        await ManyUsers.AssertEachAnsweredOnceInOrderAsync(Line, users, messagesEach);
        await EventuallyAsync(SpooledAsync, n => n == 0, n => $"{n} events still in the spool");
    }

    [Fact]
    public void The_spool_is_a_file_beside_the_database()
    {
        var spool = InboxSpool.Beside("Data Source=data/itabot.db;Pooling=False");

        var settings = new SqliteConnectionStringBuilder(spool.ConnectionString);
        Assert.Equal(Path.Combine("data", "itabot.inbox.db"), settings.DataSource);
        Assert.False(settings.Pooling);
    }

    /// <summary>Events pending in the inbox table, all events there, and events still in the spool.</summary>
    private async Task<(int Pending, int InInbox, long Spooled)> BacklogAsync() =>
        (await CountAsync<InboxEvent>(e => e.Status == InboxStatus.Pending), await CountAsync<InboxEvent>(), await SpooledAsync());

    /// <summary>How many events wait in the spool.</summary>
    private async Task<long> SpooledAsync() => (long)(await OnSpoolAsync("""SELECT COUNT(*) FROM "InboxEvents" """))!;
}
