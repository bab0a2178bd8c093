using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>
/// Reads one stored event. System.Text.Json refuses a type discriminator it does not know, so before reading, the
/// <c>type</c> of the event, its source, its message and its mentions is dropped where it names a kind this code does
/// not know: that part is then read as its base record, and a new kind of event from LINE is accepted and ignored.
/// </summary>
public static class WebhookEventReader
{
    private static readonly HashSet<string> EventTypes = Known(LineWebhookJsonContext.Default.WebhookEvent);
    private static readonly HashSet<string> SourceTypes = Known(LineWebhookJsonContext.Default.EventSource);
    private static readonly HashSet<string> MessageTypes = Known(LineWebhookJsonContext.Default.MessageContent);
    private static readonly HashSet<string> MentioneeTypes = Known(LineWebhookJsonContext.Default.Mentionee);

    /// <exception cref="JsonException">The payload is not a JSON object, or a part of it has the wrong shape.</exception>
    public static WebhookEvent Read(string payload)
    {
        // Nearly every event is of kinds this code knows: read it directly, and take the slower path only when not.
        try
        {
            return JsonSerializer.Deserialize(payload, LineWebhookJsonContext.Default.WebhookEvent)!;
        }
        catch (JsonException)
        {
            return ReadWithUnknownKinds(payload);
        }
    }

    private static WebhookEvent ReadWithUnknownKinds(string payload)
    {
        if (JsonNode.Parse(payload) is not JsonObject e)
        {
            throw new JsonException("a webhook event must be a JSON object");
        }

        DropUnknownType(e, EventTypes);
        DropUnknownType(e["source"], SourceTypes);
        DropUnknownType(e["message"], MessageTypes);
        foreach (var mentionee in Child(Child(e["message"], "mention"), "mentionees") as JsonArray ?? [])
        {
            DropUnknownType(mentionee, MentioneeTypes);
        }

        foreach (var member in Child(e["joined"] ?? e["left"], "members") as JsonArray ?? [])
        {
            DropUnknownType(member, SourceTypes);
        }

        return e.Deserialize(LineWebhookJsonContext.Default.WebhookEvent)!;
    }

    /// <summary>A member of an object; null where the node is missing or is not an object (then reading reports it).</summary>
    private static JsonNode? Child(JsonNode? node, string name) => node is JsonObject item ? item[name] : null;

    private static void DropUnknownType(JsonNode? node, HashSet<string> known)
    {
        if (node is JsonObject item && item["type"] is JsonValue type
            && (!type.TryGetValue<string>(out var name) || !known.Contains(name)))
        {
            item.Remove("type");
        }
    }

    private static HashSet<string> Known(JsonTypeInfo type) =>
        [.. type.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!)];
}
