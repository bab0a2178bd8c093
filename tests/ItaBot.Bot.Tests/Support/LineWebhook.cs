using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Bot.Pipeline;

namespace ItaBot.Bot.Tests.Support;

/// <summary>Webhook bodies as LINE sends them, signed with the test channel's secret.</summary>
public static class LineWebhook
{
    public const string Secret = "test-channel-secret";
    public const string AccessToken = "test-access-token-never-logged";
    /// <summary>Linked as staff of กองคลัง by <see cref="LineBotTest"/> (and by tests of a bot process, themselves).</summary>
    public const string StaffUser = "U00000000000000000000000000000051";
    public const string CitizenUser = "U000000000000000000000000000000c1";

    /// <summary>LINE sends Thai as UTF-8, not as \u escapes.</summary>
    private static readonly JsonSerializerOptions AsLineWritesIt = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The settings that connect a test host to <paramref name="line"/> as its LINE platform.</summary>
    /// <summary>Where LINE would reach the bot; the photo links it is sent are built on it.</summary>
    public const string PublicBaseUrl = "https://itabot.test";

    public static Dictionary<string, string?> Settings(LineFake line) => new()
    {
        ["Line:ChannelSecret"] = Secret,
        ["Line:ChannelAccessToken"] = AccessToken,
        ["Line:ApiBaseUrl"] = line.Url,
        ["Line:DataApiBaseUrl"] = line.Url,
        ["Web:PublicBaseUrl"] = PublicBaseUrl,

        // Scheduled jobs would push on their own at start-up; tests of them turn them on.
        ["Jobs:Enabled"] = "false",
    };

    public static string Body(params string[] events) =>
        $$"""{"destination":"U0123456789abcdef0123456789abcdef","events":[{{string.Join(",", events)}}]}""";

    public static string Text(string userId, string text, string replyToken, long? timestamp = null, string? eventId = null, bool redelivery = false) =>
        Event("message", $$"""{"type":"user","userId":"{{userId}}"}""", replyToken, timestamp, eventId, redelivery,
            "\"message\":" + TextMessage(text));

    public static string TextMessage(string text) =>
        $$"""{"id":"{{Guid.NewGuid():N}}","type":"text","quoteToken":"q","text":{{JsonSerializer.Serialize(text, AsLineWritesIt)}}}""";

    /// <summary>An event of any type from a user, with extra JSON members after the common ones.</summary>
    public static string Event(string type, string source, string? replyToken, long? timestamp = null, string? eventId = null, bool redelivery = false, string? extra = null)
    {
        var members = new List<string>
        {
            $"\"type\":\"{type}\"",
            $"\"source\":{source}",
            $"\"timestamp\":{(timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).ToString(CultureInfo.InvariantCulture)}",
            "\"mode\":\"active\"",
            $"\"webhookEventId\":\"{eventId ?? NewEventId()}\"",
            $"\"deliveryContext\":{{\"isRedelivery\":{(redelivery ? "true" : "false")}}}",
        };
        if (replyToken is not null)
        {
            members.Add($"\"replyToken\":\"{replyToken}\"");
        }

        if (extra is not null)
        {
            members.Add(extra);
        }

        return "{" + string.Join(",", members) + "}";
    }

    public static string User(string userId) => $$"""{"type":"user","userId":"{{userId}}"}""";

    public static string NewEventId() => "01" + Guid.NewGuid().ToString("N")[..24].ToUpperInvariant();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? signature = null) =>
        PostAsync(client, Encoding.UTF8.GetBytes(body), signature);

    /// <summary>Posts the bytes as they are, signed unless <paramref name="signature"/> says otherwise.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, string? signature = null)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookEndpoint.Route) { Content = content };
        request.Headers.Add(LineSignature.Header, signature ?? LineSignature.Sign(Secret, bytes));
        return client.SendAsync(request);
    }
}
