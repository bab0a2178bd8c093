using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ItaBot.Benchmarks;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Bot.Pipeline;
using ItaBot.Bot.Web;
using ItaBot.Tests.Shared;

// Webhook ingest against a baseline in the same process, latency at a fixed rate, event-to-reply time, and memory.
// Run by hand on an otherwise idle machine: dotnet run -c Release --project tests/ItaBot.Benchmarks [-- SECONDS]
const string Secret = "benchmark-secret";
const int Workers = 32;
const int Users = 50;
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var duration = TimeSpan.FromSeconds(seconds);

var folder = BenchFolder.Create();
await using var line = await FakeLine.StartAsync();
// On PostgreSQL with POSTGRES=<connection string> (a database of the benchmark's own is made and dropped).
var postgres = Environment.GetEnvironmentVariable("POSTGRES") is { Length: > 0 } server ? new ScratchPostgresDatabase(server, "itabot_bench") : null;

// Settings as command-line arguments: some (the database provider, the scheduler) decide which services are added.
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
    ["Line:MaxConcurrentChats"] = Environment.GetEnvironmentVariable("LANES") ?? "8",
    ["Jobs:Enabled"] = "false",
};
var app = BotWebApp.Build(
    ["--urls", "http://127.0.0.1:0", .. settings.Select(s => $"--{s.Key}={s.Value}")],
    // A rule, not a minimum level: the appsettings.json beside the binaries sets a default the minimum would not override.
    builder => builder.Logging.AddFilter(category: null, LogLevel.Warning));

// The baseline does only what every webhook request must: read the body and check its signature.
app.MapPost("/bench/baseline", async (HttpRequest request, CancellationToken cancellationToken) =>
    await WebhookEndpoint.ReadBodyAsync(request.Body, request.ContentLength, cancellationToken) is { } body
    && LineSignature.IsValid(Secret, body.Span, request.Headers[LineSignature.Header])
        ? Results.Ok()
        : Results.Unauthorized());
await app.PrepareAsync(CancellationToken.None);
await app.StartAsync();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Urls.First()) };
var sentAt = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
var run = 0;
var webhookEvents = 0;

HttpRequestMessage Request(string path, int i, string tag)
{
    var token = $"{tag}-{i}";
    var user = string.Create(CultureInfo.InvariantCulture, $"U{i % Users:D32}");
    var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    var json = $$"""{"destination":"U0","events":[{"type":"message","message":{"type":"text","id":"{{i}}","quoteToken":"q","text":"สวัสดี"},"webhookEventId":"{{tag}}{{i:D12}}","deliveryContext":{"isRedelivery":false},"timestamp":{{now}},"source":{"type":"user","userId":"{{user}}"},"replyToken":"{{token}}","mode":"active"}]}""";
    var bytes = Encoding.UTF8.GetBytes(json);
    var content = new ByteArrayContent(bytes);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    message.Headers.Add(LineSignature.Header, LineSignature.Sign(Secret, bytes));
    sentAt[token] = Stopwatch.GetTimestamp();
    if (path == "/line/webhook")
    {
        Interlocked.Increment(ref webhookEvents);
    }

    return message;
}

Func<int, HttpRequestMessage> To(string path)
{
    var tag = string.Create(CultureInfo.InvariantCulture, $"r{Interlocked.Increment(ref run)}");
    return i => Request(path, i, tag);
}

// Each run starts with the bot idle: no handling of an earlier run's events competes with it.
async Task<TimeSpan> DrainedAsync()
{
    var clock = Stopwatch.StartNew();
    while (line.ReplyArrivals.Count + line.Pushes < webhookEvents && clock.Elapsed < TimeSpan.FromMinutes(5))
    {
        await Task.Delay(20);
    }

    return clock.Elapsed;
}

async Task<Latencies> EventToReplyAsync(string tag, int count)
{
    var until = DateTime.UtcNow.AddSeconds(120);
    var tokens = Enumerable.Range(0, count).Select(i => $"{tag}-{i}").ToList();
    while (tokens.Any(t => !line.ReplyArrivals.ContainsKey(t)) && DateTime.UtcNow < until)
    {
        await Task.Delay(50);
    }

    return new Latencies(tokens.Where(line.ReplyArrivals.ContainsKey)
        .Select(t => Stopwatch.GetElapsedTime(sentAt[t], line.ReplyArrivals[t]).TotalMilliseconds));
}

Console.WriteLine($"ItaBot benchmark — {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, {seconds} s per run, {Workers} connections, .NET {Environment.Version}");
// Warm each path until the JIT has settled: code still being recompiled at a higher tier would count against
// whichever run met it first, and the webhook, with the handling behind it, has far more code than the baseline.
async Task WarmAsync(string path)
{
    for (var round = 0; round < 15; round++)
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        await Load.ClosedAsync(http, To(path), Workers, TimeSpan.FromSeconds(1));
        await DrainedAsync();
        if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 20)
        {
            return;
        }
    }
}

await WarmAsync("/bench/baseline");
await WarmAsync("/line/webhook");

var allocatedBefore = GC.GetTotalAllocatedBytes();
var processorBefore = ThreadTimes.Now();
var baseline = await Load.ClosedAsync(http, To("/bench/baseline"), Workers, duration);
var baselineAllocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)baseline.Requests;
Console.WriteLine($"baseline (signature only)   {baseline.PerSecond,8:0} req/s  {baseline.Latencies.Describe(50, 99)}  failures {baseline.Failures}");
Console.WriteLine($"  processor                  {ThreadTimes.Now().Since(processorBefore)}");

allocatedBefore = GC.GetTotalAllocatedBytes();
var handledBefore = line.ReplyArrivals.Count + line.Pushes;
var handlingClock = Stopwatch.StartNew();
processorBefore = ThreadTimes.Now();
var webhook = await Load.ClosedAsync(http, To("/line/webhook"), Workers, duration);
Console.WriteLine($"webhook (events persisted)  {webhook.PerSecond,8:0} req/s  {webhook.Latencies.Describe(50, 99)}  failures {webhook.Failures}");
Console.WriteLine($"  processor                  {ThreadTimes.Now().Since(processorBefore)}");
Console.WriteLine($"  ingest / baseline          {webhook.PerSecond / baseline.PerSecond,8:P0}  (target ≥ 50 %)");
await DrainedAsync();
var webhookAllocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)webhook.Requests;
var handled = line.ReplyArrivals.Count + line.Pushes - handledBefore;
Console.WriteLine($"  handled and answered       {handled / handlingClock.Elapsed.TotalSeconds,8:0} events/s ({handled} of {webhook.Requests} in {handlingClock.Elapsed.TotalSeconds:0.0} s; {line.Pushes} answered by push, their reply token too old)");

var pausedBefore = GC.GetTotalPauseDuration();
var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var fixedRate = await Load.OpenAsync(http, To("/line/webhook"), 1000, duration);
Console.WriteLine($"webhook at 1,000 req/s      {fixedRate.PerSecond,8:0} req/s  {fixedRate.Latencies.Describe(50, 99, 99.9)}  failures {fixedRate.Failures}  (target p99 ≤ 20 ms)");
Console.WriteLine($"  garbage collection         {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0} ms paused in {GC.CollectionCount(0) - collectionsBefore.Item1} collections ({GC.CollectionCount(1) - collectionsBefore.Item2} gen1, {GC.CollectionCount(2) - collectionsBefore.Item3} gen2)");
var underLoad = await EventToReplyAsync($"r{run}", fixedRate.Requests);
Console.WriteLine($"  event to reply             {underLoad.Count,8} replies  {underLoad.Describe(50, 95, 99)}");
await DrainedAsync();

var steady = await Load.OpenAsync(http, To("/line/webhook"), 100, duration);
var eventToReply = await EventToReplyAsync($"r{run}", steady.Requests);
Console.WriteLine($"event to reply at 100/s     {eventToReply.Count,8} replies  {eventToReply.Describe(50, 95, 99)}  (target p95 ≤ 100 ms)");

// Outbox throughput: pushes queued at once (as a job queues its reminders) and sent at the configured rate.
const int Queued = 2000;
var pushesBefore = line.Pushes;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<ItaBot.Core.Persistence.ItaBotDbContext>();
    var outbox = scope.ServiceProvider.GetRequiredService<ItaBot.Bot.Pipeline.Outbox.LineOutbox>();
    for (var i = 0; i < Queued; i++)
    {
        outbox.Push(db, string.Create(CultureInfo.InvariantCulture, $"U{i:D32}"), [new ItaBot.Bot.Line.Messages.LineTextMessage("เตือนรายงานความคืบหน้า")]);
    }

    await db.SaveChangesAsync();
    outbox.Notify();
}

var outboxClock = Stopwatch.StartNew();
while (line.Pushes - pushesBefore < Queued && outboxClock.Elapsed < TimeSpan.FromMinutes(2))
{
    await Task.Delay(10);
}

Console.WriteLine($"outbox                      {(line.Pushes - pushesBefore) / outboxClock.Elapsed.TotalSeconds,8:0} pushes/s ({line.Pushes - pushesBefore} of {Queued} in {outboxClock.Elapsed.TotalSeconds:0.0} s; Line:MaxRequestsPerSecond 2,000)");

GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
using var process = Process.GetCurrentProcess();
Console.WriteLine($"memory                      peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB, managed heap after runs {GC.GetTotalMemory(false) / 1048576.0:0.0} MiB");
Console.WriteLine($"  allocated per request      baseline {baselineAllocated / 1024:0.0} KiB, webhook incl. handling and reply {webhookAllocated / 1024:0.0} KiB (load generator included in both)");

await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);
postgres?.Dispose();
