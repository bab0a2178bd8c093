using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>
/// Reads stored webhook events. LINE does not promise that <c>type</c> comes first, unknown fields are ignored, and
/// an unknown type falls back to the base record.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WebhookEvent))]
internal sealed partial class LineWebhookJsonContext : JsonSerializerContext;
