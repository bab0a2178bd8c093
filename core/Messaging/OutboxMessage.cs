namespace ItaBot.Core.Messaging;

/// <summary>
/// A message waiting to be sent. It is written in the same transaction as whatever caused it, and a dispatcher sends
/// it afterwards; its retry key stays the same across attempts and restarts, so the platform delivers it only once.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Sent as <c>X-Line-Retry-Key</c>: a second request with the same key is not delivered twice.</summary>
    public Guid RetryKey { get; set; } = Guid.NewGuid();

    public OutboxKind Kind { get; set; }

    /// <summary>The chat the message goes to; messages to one chat leave in the order they were written.</summary>
    public required string ChatId { get; set; }

    /// <summary>For a multicast, every recipient (at most 500); for the other kinds, the chat alone.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>For a reply: the token of the event it answers, usable once and only for a short time.</summary>
    public string? ReplyToken { get; set; }

    /// <summary>After this instant the reply token is no longer tried and the message goes out as a push.</summary>
    public DateTimeOffset? ReplyTokenExpiresAt { get; set; }

    /// <summary>
    /// A reply was tried and its outcome is unknown: LINE did not answer, or the process stopped during the call. If the
    /// token is then refused as used, the earlier try got through and the answer is not sent again.
    /// </summary>
    public bool ReplyOutcomeUnknown { get; set; }

    /// <summary>The messages in the platform's own JSON, ready to send.</summary>
    public required string Messages { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
