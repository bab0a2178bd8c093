using System.Net;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Line;

/// <summary>The bot process killed while an accepted event is still in the webhook's spool (SQLite).</summary>
public sealed class InboxSpoolRestartTests : IDisposable
{
    private readonly LineFake line = new();
    private readonly TempDatabaseFile database = new();

    [Fact]
    public async Task An_event_still_in_the_spool_when_the_process_dies_is_answered_after_the_restart()
    {
        var settings = LineWebhook.Settings(line);
        await using (var first = await BotServer.StartAsync(database, settings))
        {
            await TestPeople.LinkAsync(database, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);
            await using (var db = database.NewContext())
            {
                await db.Database.ExecuteSqlRawAsync(InboxSpoolTests.RefuseInbox);
            }

            using var http = new HttpClient { BaseAddress = first.Address };
            var response = await LineWebhook.PostAsync(http, LineWebhook.Body(LineWebhook.Text(LineWebhook.StaffUser, "สถานะมาตรการ 4", "token-in-spool")));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(500);
            await first.KillAsync();
        }

        Assert.Empty(line.Calls(LineFake.ReplyPath));
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_inbox");
        }

        await using var second = await BotServer.StartAsync(database, settings);

        var reply = Assert.Single(await line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Equal("token-in-spool", reply.Json.GetProperty("replyToken").GetString());
        Assert.Contains("มาตรการที่ 4", reply.Said, StringComparison.Ordinal);
        line.AssertContractKept();
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
    }
}
