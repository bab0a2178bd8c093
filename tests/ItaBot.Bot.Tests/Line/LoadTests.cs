using System.Globalization;
using System.Net;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Many people at once: every event answered exactly once, each person's in the order they wrote.</summary>
public class LoadTests : LineBotTest
{
    private const int Users = 50;
    private const int MessagesEach = 20;

    [Fact]
    public async Task A_thousand_events_from_fifty_users_at_once_are_each_answered_once_in_each_users_order()
    {
                var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var senders = Enumerable.Range(0, Users).Select(u => Task.Run(async () =>
        {
            var user = string.Create(CultureInfo.InvariantCulture, $"U{u:D32}");
            for (var i = 0; i < MessagesEach; i++)
            {
                var text = i % 5 == 0 ? "ติดต่อเทศบาล" : string.Create(CultureInfo.InvariantCulture, $"สวัสดี ครั้งที่ {i}");
                var body = LineWebhook.Body(LineWebhook.Text(user, text, Token(u, i), start + i));
                var response = await LineWebhook.PostAsync(Client, body);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));
        await Task.WhenAll(senders);

        var replies = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count >= Users * MessagesEach, seconds: 120);
        await Task.Delay(500);
        replies = Line.Calls(LineFake.ReplyPath);

        var tokens = replies.Select(r => r.Json.GetProperty("replyToken").GetString()!).ToList();
        Assert.Equal(Users * MessagesEach, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        foreach (var user in tokens.GroupBy(t => t.Split('-')[0]))
        {
            var order = user.Select(t => int.Parse(t.Split('-')[1], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, MessagesEach), order);
        }

        Assert.Empty(Line.Calls(LineFake.PushPath));
    }


    private static string Token(int user, int message) => string.Create(CultureInfo.InvariantCulture, $"u{user}-{message}");
}
