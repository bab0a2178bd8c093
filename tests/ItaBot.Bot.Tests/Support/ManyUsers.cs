using System.Globalization;
using System.Net;

namespace ItaBot.Bot.Tests.Support;

/// <summary>Many users writing at once, each message's reply token naming its user and place ("u7-3").</summary>
public static class ManyUsers
{
    /// <summary>
    /// Each user sends <paramref name="messagesEach"/> texts one after another, all users at once; message i of a
    /// user goes through <c>clients[i % clients.Count]</c>.
    /// </summary>
    public static async Task SendAsync(IReadOnlyList<HttpClient> clients, int users, int messagesEach)
    {
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            for (var i = 0; i < messagesEach; i++)
            {
                await PostAsync(clients[i % clients.Count], Message(u, i, start));
            }
        })));
    }

    /// <summary>The same messages, <paramref name="eventsPerCall"/> to a webhook call as LINE batches them, one call after another.</summary>
    public static async Task SendBatchedAsync(HttpClient client, int users, int messagesEach, int eventsPerCall)
    {
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var messages = Enumerable.Range(0, messagesEach).SelectMany(i => Enumerable.Range(0, users).Select(u => Message(u, i, start)));
        foreach (var call in messages.Chunk(eventsPerCall))
        {
            await PostAsync(client, call);
        }
    }

    private static string Message(int u, int i, long start)
    {
        var user = string.Create(CultureInfo.InvariantCulture, $"U{u:D32}");
        var text = i % 5 == 0 ? "ติดต่อเทศบาล" : string.Create(CultureInfo.InvariantCulture, $"สวัสดี ครั้งที่ {i}");
        return LineWebhook.Text(user, text, string.Create(CultureInfo.InvariantCulture, $"u{u}-{i}"), start + i);
    }

    private static async Task PostAsync(HttpClient client, params string[] events)
    {
        var response = await LineWebhook.PostAsync(client, LineWebhook.Body(events));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Waits until the bot is idle, then asserts each message was answered exactly once, in each user's order.</summary>
    public static async Task AssertEachAnsweredOnceInOrderAsync(LineFake line, Func<Task> idle, int users, int messagesEach)
    {
        await idle();

        var tokens = line.Calls(LineFake.ReplyPath).Select(r => r.Json.GetProperty("replyToken").GetString()!).ToList();
        Assert.Equal(users * messagesEach, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        foreach (var user in tokens.GroupBy(t => t.Split('-')[0]))
        {
            var order = user.Select(t => int.Parse(t.Split('-')[1], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, messagesEach), order);
        }

        Assert.Empty(line.Calls(LineFake.PushPath));
    }
}
