using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// A test with the bot in memory on its own database, connected to a fake LINE of its own, with
/// <see cref="LineWebhook.StaffUser"/> linked as staff of กองคลัง. The database is a SQLite file, or a PostgreSQL
/// database for a subclass that is <see cref="IOnPostgres"/>.
/// </summary>
public abstract class LineBotTest : IDisposable, IAsyncLifetime
{
    protected LineBotTest(TimeProvider? time = null)
    {
        Bot = new BotFactory(LineWebhook.Settings(Line), time, TestDatabase.Prepared(this));
        Client = Bot.CreateClient();
    }

    protected LineFake Line { get; } = new();

    protected BotFactory Bot { get; }

    protected HttpClient Client { get; }

    public virtual async Task InitializeAsync() =>
        await TestPeople.LinkAsync(Bot.Services, LineWebhook.StaffUser, Role.Staff, TestPeople.FinanceUnit);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Stops the bot, then checks every request it sent in the test against LINE's contract.</summary>
    public void Dispose()
    {
        Client.Dispose();
        Bot.Dispose();
        try
        {
            Line.AssertContractKept();
        }
        finally
        {
            Line.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>Sends <paramref name="text"/> from <paramref name="user"/> and waits for the bot's reply to it.</summary>
    protected Task<LineCall> SayAsync(string user, string text) =>
        SendAsync(token => LineWebhook.Text(user, text, token));

    /// <summary>Sends a photo from <paramref name="user"/> (the fake LINE serves its content) and waits for the reply.</summary>
    protected Task<LineCall> SendPhotoAsync(string user) =>
        SendAsync(token => LineWebhook.Event("message", LineWebhook.User(user), token,
            extra: $$$"""
                "message":{"id":"{{{Guid.NewGuid():N}}}","type":"image","contentProvider":{"type":"line"}}
                """));

    /// <summary>Posts the event <paramref name="build"/> makes with a fresh reply token, and waits for the reply on that token.</summary>
    protected async Task<LineCall> SendAsync(Func<string, string> build)
    {
        var token = "token-" + Guid.NewGuid().ToString("N");
        var response = await LineWebhook.PostAsync(Client, LineWebhook.Body(build(token)));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var calls = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Any(c => c.Body!.Contains(token, StringComparison.Ordinal)));
        return calls.First(c => c.Body!.Contains(token, StringComparison.Ordinal));
    }

    /// <summary>Waits until the bot has handled every event and sent every message that is due (<see cref="BotIdle"/>).</summary>
    protected Task IdleAsync() => BotIdle.WaitAsync(Bot.Database.NewContext, Line, Bot.Services.GetRequiredService<TimeProvider>());

    /// <summary>Reads the bot's database in a scope of its own.</summary>
    protected async Task<T> QueryAsync<T>(Func<ItaBotDbContext, Task<T>> query)
    {
        using var scope = Bot.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ItaBotDbContext>());
    }

    /// <summary>How many rows of <typeparamref name="T"/> the database holds, or how many match <paramref name="where"/>.</summary>
    protected Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>>? where = null)
        where T : class =>
        QueryAsync(db => where is null ? db.Set<T>().CountAsync() : db.Set<T>().CountAsync(where));

    /// <summary>Waits until <paramref name="condition"/> holds (<see cref="Eventually"/>).</summary>
    protected static Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, Func<T, string> describe) =>
        Eventually.Async(read, condition, describe);
}
