namespace ItaBot.Bot.Line.Webhook;

/// <summary>One event of a webhook body: what is needed to store it in order and once, and its JSON as it came.</summary>
public sealed record ReceivedEvent
{
    /// <summary>LINE's <c>webhookEventId</c>, the same on every redelivery; for an event without one, a hash of it.</summary>
    public required string EventId { get; init; }

    public required string Type { get; init; }

    /// <summary>The group, room or user the event belongs to; empty when it has no source.</summary>
    public required string ChatId { get; init; }

    /// <summary>When it happened, in Unix milliseconds; when it was received, if LINE gave no time.</summary>
    public long Timestamp { get; init; }

    public bool IsRedelivery { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
