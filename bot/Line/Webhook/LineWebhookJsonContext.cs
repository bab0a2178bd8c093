using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>
/// Reads stored webhook events (through <see cref="WebhookEventReader"/>). LINE does not promise that <c>type</c> comes
/// first, and unknown fields are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WebhookEvent))]
[JsonSerializable(typeof(EventSource))]
[JsonSerializable(typeof(MessageContent))]
[JsonSerializable(typeof(Mentionee))]
internal sealed partial class LineWebhookJsonContext : JsonSerializerContext;
