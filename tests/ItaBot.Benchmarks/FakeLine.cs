using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace ItaBot.Benchmarks;

/// <summary>A minimal LINE Messaging API on 127.0.0.1 that answers at once and notes when each reply token arrives.</summary>
internal sealed class FakeLine : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeLine(WebApplication app) => this.app = app;

    public ConcurrentDictionary<string, long> ReplyArrivals { get; } = new();

    private int pushes;

    /// <summary>Answers that came as pushes: their reply token had grown too old while they waited.</summary>
    public int Pushes => Volatile.Read(ref pushes);

    public string Url => app.Urls.First();

    public static async Task<FakeLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeLine(app);
        app.MapPost("/v2/bot/message/reply", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            fake.ReplyArrivals.TryAdd(body.RootElement.GetProperty("replyToken").GetString()!, Stopwatch.GetTimestamp());
            return Results.Text("""{"sentMessages":[{"id":"1"}]}""", "application/json");
        });
        app.MapPost("/v2/bot/message/push", () =>
        {
            Interlocked.Increment(ref fake.pushes);
            return Results.Text("""{"sentMessages":[{"id":"2"}]}""", "application/json");
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
