using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ItaBot.Benchmarks;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Bot.Web;
using ItaBot.Tests.Shared;

// ItaBot against the LINE Node SDK's echo bot, both on the same fake LINE API: a burst of events answered, the webhook's
// rate meanwhile, latency at a fixed rate, event-to-reply time, the outbox, and memory.
// Run by hand on an otherwise idle machine: dotnet run -c Release --project tests/ItaBot.Benchmarks [-- SECONDS]
const string Secret = "benchmark-secret";
const int Workers = 32;
const int BurstEvents = 20_000;
const int BurstUsers = 500;
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var duration = TimeSpan.FromSeconds(seconds);

var folder = BenchFolder.Create();
await using var line = await FakeLine.StartAsync();
// On PostgreSQL with POSTGRES=<connection string> (a database of the benchmark's own is made and dropped).
var postgres = Environment.GetEnvironmentVariable("POSTGRES") is { Length: > 0 } server ? new ScratchPostgresDatabase(server, "itabot_bench") : null;

// The bot's settings, given to its process as environment variables.
var settings = new Dictionary<string, string?>
{
    ["ConnectionStrings:ItaBot"] = postgres?.ConnectionString ?? $"Data Source={Path.Combine(folder.FullName, "bench.db")}",
    ["Database:Provider"] = postgres is null ? "Sqlite" : "Postgres",
    ["Line:ChannelSecret"] = Secret,
    ["Line:ChannelAccessToken"] = "benchmark-token",
    ["Line:ApiBaseUrl"] = line.Url,
    ["Line:DataApiBaseUrl"] = line.Url,
    // LINE's own ceiling, so that the figures are the bot's, not its rate limit's.
    ["Line:MaxRequestsPerSecond"] = "2000",
    ["Jobs:Enabled"] = "false",
};
await using var itabotProcess = await ItaBotServer.StartAsync(settings);
await using var node = await NodePeer.StartAsync(Secret, line.Url);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
var itabot = itabotProcess.Webhook;
var sentAt = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
var run = 0;
var sent = 0;

HttpRequestMessage Request(Uri to, int i, string tag, int users)
{
    var token = $"{tag}-{i}";
    var user = string.Create(CultureInfo.InvariantCulture, $"U{i % users:D32}");
    var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    var json = $$"""{"destination":"U0","events":[{"type":"message","message":{"type":"text","id":"{{i}}","quoteToken":"q","text":"สวัสดี"},"webhookEventId":"{{tag}}{{i:D12}}","deliveryContext":{"isRedelivery":false},"timestamp":{{now}},"source":{"type":"user","userId":"{{user}}"},"replyToken":"{{token}}","mode":"active"}]}""";
    var bytes = Encoding.UTF8.GetBytes(json);
    var content = new ByteArrayContent(bytes);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    var message = new HttpRequestMessage(HttpMethod.Post, to) { Content = content };
    message.Headers.Add(LineSignature.Header, LineSignature.Sign(Secret, bytes));
    sentAt[token] = Stopwatch.GetTimestamp();
    Interlocked.Increment(ref sent);
    return message;
}

Func<int, HttpRequestMessage> To(Uri to, int users = 50)
{
    var tag = string.Create(CultureInfo.InvariantCulture, $"r{Interlocked.Increment(ref run)}");
    return i => Request(to, i, tag, users);
}

int Answered() => line.ReplyArrivals.Count + line.Pushes;

// Polls the fake LINE's counts until the fact holds, or the limit passes (the run then reports what it got).
static async Task UntilAsync(Func<bool> done, TimeSpan limit)
{
    var clock = Stopwatch.StartNew();
    while (!done() && clock.Elapsed < limit)
    {
        await Task.Delay(5);
    }
}

// Each run starts with both bots idle: every event sent so far has its answer.
Task DrainedAsync() => UntilAsync(() => Answered() >= Volatile.Read(ref sent), TimeSpan.FromMinutes(5));

async Task<Latencies> EventToReplyAsync(string tag, int count)
{
    await DrainedAsync();
    var tokens = Enumerable.Range(0, count).Select(i => $"{tag}-{i}").Where(line.ReplyArrivals.ContainsKey).ToList();
    return new Latencies(tokens.Select(t => Stopwatch.GetElapsedTime(sentAt[t], line.ReplyArrivals[t]).TotalMilliseconds));
}

// The burst: events sent as fast as 32 connections go, one event a request; answered once all have their answer.
async Task<(double Ingest, double Answered, int Pushes)> BurstAsync(Uri to)
{
    var answeredBefore = Answered();
    var pushesBefore = line.Pushes;
    var clock = Stopwatch.StartNew();
    var posted = await Load.CountAsync(http, To(to, BurstUsers), Workers, BurstEvents);
    var ingest = BurstEvents / clock.Elapsed.TotalSeconds;
    await UntilAsync(() => Answered() - answeredBefore >= BurstEvents, TimeSpan.FromMinutes(10));

    if (posted.Failures > 0 || Answered() - answeredBefore != BurstEvents || line.Repeated > 0)
    {
        throw new InvalidOperationException(
            $"{to}: {posted.Failures} refused, {Answered() - answeredBefore} of {BurstEvents} answered, {line.Repeated} answered twice");
    }

    return (ingest, BurstEvents / clock.Elapsed.TotalSeconds, line.Pushes - pushesBefore);
}

Console.WriteLine($"ItaBot benchmark — {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}; peer: LINE Node SDK echo bot");

// Warm both until the JIT (and V8) have settled on the paths measured.
for (var round = 0; round < 3; round++)
{
    await Load.CountAsync(http, To(itabot), Workers, 2000);
    await Load.CountAsync(http, To(node.Webhook), Workers, 2000);
    await DrainedAsync();
}

var ours = await BurstAsync(itabot);
var peer = await BurstAsync(node.Webhook);
Console.WriteLine($"burst of {BurstEvents:N0} events from {BurstUsers} users, every one answered exactly once:");
Console.WriteLine($"  answered   ItaBot {ours.Answered,7:0} events/s  Node SDK {peer.Answered,7:0} events/s  ratio {ours.Answered / peer.Answered,5:0.00}×  (target ≥ 1×; {ours.Pushes} of ItaBot's by push, their token too old)");
Console.WriteLine($"  ingest     ItaBot {ours.Ingest,7:0} req/s     Node SDK {peer.Ingest,7:0} req/s     ratio {ours.Ingest / peer.Ingest,5:0.00}×  (target ≥ 5×)");
await DrainedAsync();

var fixedRate = await Load.OpenAsync(http, To(itabot), 1000, duration);
Console.WriteLine($"webhook at 1,000 req/s      {fixedRate.Latencies.Describe(50, 99, 99.9)}  failures {fixedRate.Failures}  (target p99 ≤ 20 ms)");
var underLoad = await EventToReplyAsync($"r{run}", fixedRate.Requests);
Console.WriteLine($"  event to reply             {underLoad.Describe(50, 95, 99)}");

var steady = await Load.OpenAsync(http, To(itabot), 100, duration);
var eventToReply = await EventToReplyAsync($"r{run}", steady.Requests);
Console.WriteLine($"event to reply at 100/s     {eventToReply.Describe(50, 95, 99)}  (target p95 ≤ 100 ms)");

// Outbox throughput: pushes queued at once (as a job queues its reminders), written to the bot's database from here
// with the bot's own outbox, and sent at the configured rate. Timed from the first push's arrival: the bot finds rows
// another process wrote at its next look at the outbox, within a second.
const int Queued = 2000;
var pushesBefore = line.Pushes;
await using (var writer = BotWebApp.Build([.. settings.Select(s => $"--{s.Key}={s.Value}")], builder => builder.Logging.ClearProviders()))
await using (var scope = writer.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<ItaBot.Core.Persistence.ItaBotDbContext>();
    var outbox = scope.ServiceProvider.GetRequiredService<ItaBot.Bot.Pipeline.Outbox.LineOutbox>();
    for (var i = 0; i < Queued; i++)
    {
        outbox.Push(db, string.Create(CultureInfo.InvariantCulture, $"U{i:D32}"), [new ItaBot.Bot.Line.Messages.LineTextMessage("เตือนรายงานความคืบหน้า")]);
    }

    await db.SaveChangesAsync();
}

await UntilAsync(() => line.Pushes > pushesBefore, TimeSpan.FromMinutes(1));
var outboxClock = Stopwatch.StartNew();
await UntilAsync(() => line.Pushes - pushesBefore >= Queued, TimeSpan.FromMinutes(2));

Console.WriteLine($"outbox                      {(line.Pushes - pushesBefore - 1) / outboxClock.Elapsed.TotalSeconds,8:0} pushes/s ({line.Pushes - pushesBefore} of {Queued} in {outboxClock.Elapsed.TotalSeconds:0.0} s after the first; Line:MaxRequestsPerSecond 2,000)");

Console.WriteLine($"memory                      peak working set ItaBot {itabotProcess.PeakWorkingSet / 1048576.0:0} MiB (target ≤ 250 MB), Node SDK {node.PeakWorkingSet / 1048576.0:0} MiB");

// Stopped before its files are removed.
await itabotProcess.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);
postgres?.Dispose();
