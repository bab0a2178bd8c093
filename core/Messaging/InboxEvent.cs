namespace ItaBot.Core.Messaging;

/// <summary>
/// An event received from the chat platform, kept exactly as it arrived. It is committed before the platform is told
/// "received", so nothing accepted is lost; its platform id is unique, so a redelivery is stored and handled once.
/// </summary>
public sealed class InboxEvent
{
    public long Id { get; set; }

    /// <summary>The platform's id of the event (LINE's <c>webhookEventId</c>); the same on every redelivery.</summary>
    public required string EventId { get; set; }

    public required string Type { get; set; }

    /// <summary>The chat it belongs to (a user, group or room); events of one chat are handled one at a time, in order.</summary>
    public required string ChatId { get; set; }

    /// <summary>When the event happened on the platform, in Unix milliseconds; the order within a chat.</summary>
    public long Timestamp { get; set; }

    public bool IsRedelivery { get; set; }

    /// <summary>The event's JSON exactly as received, unknown fields included.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public InboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    public string? Error { get; set; }
}
