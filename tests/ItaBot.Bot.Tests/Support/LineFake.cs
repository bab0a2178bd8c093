using System.Text.Json;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// WireMock.Net standing in for LINE's Messaging API and data API on 127.0.0.1: it answers like LINE, remembers every
/// request, and checks each against <c>messaging-api.yml</c>.
/// </summary>
public sealed class LineFake : IDisposable
{
    public const string ReplyPath = "/v2/bot/message/reply";
    public const string PushPath = "/v2/bot/message/push";
    public const string MulticastPath = "/v2/bot/message/multicast";
    public const string DisplayName = "สมหญิง ใจดี";

    /// <summary>The menu the staff alias points at.</summary>
    public const string StaffMenu = "richmenu-staff";

    /// <summary>What LINE answers to a reply it took.</summary>
    public const string ReplyAnswer = """{"sentMessages":[{"id":"100"}]}""";

    /// <summary>The usual answers' priority; a test's own answers (a lower number) come first.</summary>
    public const int Usual = 10;

    public LineFake()
    {
        Server = WireMockServer.Start();
        Answer(ReplyPath, 200, ReplyAnswer);
        Answer(PushPath, 200, """{"sentMessages":[{"id":"200"}]}""");
        Answer(MulticastPath, 200, "{}");
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/profile/*")).UsingGet()).AtPriority(Usual)
            .RespondWith(Json(200, $$"""{"userId":"U0","displayName":"{{DisplayName}}","language":"th"}"""));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/message/*/content")).UsingGet()).AtPriority(Usual)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody([0xFF, 0xD8, 0xFF, 0xD9]));
        Answer("/v2/bot/chat/loading/start", 202, "{}");
        // Each menu created gets the next id: richmenu-0001, richmenu-0002, …
        var menus = 0;
        Server.Given(Request.Create().WithPath("/v2/bot/richmenu").UsingPost()).AtPriority(Usual)
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = $$"""{"richMenuId":"richmenu-{{Interlocked.Increment(ref menus):D4}}"}""",
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            }));
        Answer("/v2/bot/richmenu/alias", 200, "{}");
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/richmenu/alias/*")).UsingGet()).AtPriority(Usual)
            .RespondWith(Json(200, $$"""{"richMenuAliasId":"itabot-staff","richMenuId":"{{StaffMenu}}"}"""));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/user/*/richmenu/*")).UsingPost()).AtPriority(Usual)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/user/*/richmenu")).UsingDelete()).AtPriority(Usual)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/richmenu/*/content")).UsingPost()).AtPriority(Usual)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v2/bot/user/all/richmenu/*")).UsingPost()).AtPriority(Usual)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>Answers every request to <paramref name="path"/> this way from now on.</summary>
    public void Answer(string path, int status, string body, int priority = Usual) =>
        Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(priority)
            .RespondWith(Json(status, body));

    /// <summary>Answers every request to <paramref name="path"/> this way until the result is disposed.</summary>
    public IDisposable Outage(string path, int status, string body) => Until(path, Json(status, body));

    /// <summary>
    /// Answers requests to <paramref name="path"/> with <paramref name="body"/> only after <paramref name="delay"/>, until
    /// the result is disposed; a request already waiting still gets its answer.
    /// </summary>
    public IDisposable Slowdown(string path, string body, TimeSpan delay) =>
        Until(path, Json(200, body).WithDelay(delay));

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private Restore Until(string path, IResponseBuilder response)
    {
        var mapping = Guid.NewGuid();
        Server.Given(Request.Create().WithPath(path).UsingPost()).WithGuid(mapping).AtPriority(1).RespondWith(response);
        return new Restore(() => Server.DeleteMapping(mapping));
    }

    /// <summary>Answers the first requests to <paramref name="path"/> with the given responses in turn, then as usual.</summary>
    public void AnswerInTurn(string path, params (int Status, string Body, string? RetryAfter)[] answers)
    {
        var scenario = Guid.NewGuid().ToString("N");
        for (var i = 0; i < answers.Length; i++)
        {
            var request = Server.Given(Request.Create().WithPath(path).UsingPost()).InScenario(scenario).AtPriority(1);
            request = i == 0 ? request.WillSetStateTo("1") : request.WhenStateIs($"{i}").WillSetStateTo($"{i + 1}");
            var response = Json(answers[i].Status, answers[i].Body);
            if (answers[i].RetryAfter is { } retryAfter)
            {
                response = response.WithHeader("Retry-After", retryAfter);
            }

            request.RespondWith(response);
        }
    }

    public IReadOnlyList<LineCall> Calls(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime).Select(LineCall.From)];

    public IReadOnlyList<LineCall> AllCalls => [.. Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(LineCall.From)];

    /// <summary>Waits until the requests to <paramref name="path"/> satisfy <paramref name="done"/>, at most 20 seconds.</summary>
    public Task<IReadOnlyList<LineCall>> WaitForAsync(string path, Func<IReadOnlyList<LineCall>, bool> done, int seconds = 20) =>
        Eventually.Async(
            () => Task.FromResult(Calls(path)), done, calls => $"LINE fake: {path} got {calls.Count} request(s), not what the test waited for",
            TimeSpan.FromSeconds(seconds));

    /// <summary>Every request so far keeps LINE's contract.</summary>
    public void AssertContractKept()
    {
        var errors = AllCalls.SelectMany(c => MessagingApiContract.Instance.Check(c.Method, c.Path, c.Headers, c.ContentType, c.Body)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    public void Dispose() => Server.Stop();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

/// <summary>One request the fake received, and how it answered.</summary>
public sealed record LineCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body, int Status, DateTime At)
{
    public string? RetryKey => Headers.TryGetValue("X-Line-Retry-Key", out var key) ? key : null;

    public JsonElement Json => JsonDocument.Parse(Body!).RootElement;

    /// <summary>Every string in the request, unescaped, one per line: what a person would read in the messages sent.</summary>
    public string Said => string.Join("\n", Strings(Json));

    /// <summary>The quick-reply buttons that send text, as LINE shows them: the label, and the text a tap sends.</summary>
    public IReadOnlyList<(string Label, string Text)> QuickReplies =>
    [
        .. Json.GetProperty("messages").EnumerateArray()
            .Where(m => m.TryGetProperty("quickReply", out _))
            .SelectMany(m => m.GetProperty("quickReply").GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("action"))
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => (a.GetProperty("label").GetString()!, a.GetProperty("text").GetString()!)),
    ];

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public static LineCall From(ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        headers.TryGetValue("Content-Type", out var contentType);
        return new LineCall(request.Method, request.Path, headers, contentType, request.Body, entry.ResponseMessage?.StatusCode is int status ? status : 0, request.DateTime);
    }
}
