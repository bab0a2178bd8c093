using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace ItaBot.Benchmarks;

/// <summary>
/// A minimal LINE Messaging API on 127.0.0.1 that answers at once, notes when each reply token first arrives, and counts
/// a token that arrives twice (an answer given twice).
/// </summary>
internal sealed class FakeLine : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeLine(WebApplication app) => this.app = app;

    public ConcurrentDictionary<string, long> ReplyArrivals { get; } = new();

    private int pushes;

    private int repeated;

    /// <summary>Replies whose token had come before.</summary>
    public int Repeated => Volatile.Read(ref repeated);

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
            if (!fake.ReplyArrivals.TryAdd(body.RootElement.GetProperty("replyToken").GetString()!, Stopwatch.GetTimestamp()))
            {
                Interlocked.Increment(ref fake.repeated);
            }

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
