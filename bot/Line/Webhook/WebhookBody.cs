using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>
/// Splits a webhook body into its events. Only what storing needs is read here (id, type, chat, time); each event is
/// kept as its own raw JSON and parsed in full when it is handled, so one odd event cannot spoil the batch.
/// </summary>
public static class WebhookBody
{
    /// <exception cref="JsonException">The body is not UTF-8 JSON, or not an object with an <c>events</c> array.</exception>
    public static IReadOnlyList<ReceivedEvent> ReadEvents(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        // The reader checks the structure, not the bytes inside strings: an invalid sequence there would fail only
        // when the text is taken out, long after the body was accepted.
        if (!Utf8.IsValid(body.Span))
        {
            throw new JsonException("the body is not valid UTF-8");
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the body must be an object with an \"events\" array");
        }

        return [.. events.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => ToReceived(e, receivedAt))];
    }

    private static ReceivedEvent ToReceived(JsonElement e, DateTimeOffset receivedAt)
    {
        var payload = e.GetRawText();
        var source = e.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        return new ReceivedEvent
        {
            // LINE sends a ULID; an event without one is known by its content, so an identical resend still counts once.
            EventId = String(e, "webhookEventId") ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload))),
            Type = String(e, "type") ?? "",
            ChatId = (source.ValueKind == JsonValueKind.Object
                ? String(source, "groupId") ?? String(source, "roomId") ?? String(source, "userId")
                : null) ?? "",
            Timestamp = e.TryGetProperty("timestamp", out var t) && t.TryGetInt64(out var ms) ? ms : receivedAt.ToUnixTimeMilliseconds(),
            IsRedelivery = e.TryGetProperty("deliveryContext", out var d) && d.ValueKind == JsonValueKind.Object
                && d.TryGetProperty("isRedelivery", out var r) && r.ValueKind == JsonValueKind.True,
            Payload = payload,
            ReceivedAt = receivedAt,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
