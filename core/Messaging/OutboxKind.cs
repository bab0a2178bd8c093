namespace ItaBot.Core.Messaging;

public enum OutboxKind
{
    /// <summary>An answer to an event, sent with its reply token while it is fresh, otherwise as a push.</summary>
    Reply,
    Push,
    Multicast,
}
