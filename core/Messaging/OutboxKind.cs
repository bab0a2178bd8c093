namespace ItaBot.Core.Messaging;

public enum OutboxKind
{
    /// <summary>An answer to an event, sent with its reply token while it is fresh, otherwise as a push.</summary>
    Reply,
    Push,
    Multicast,

    /// <summary>Which rich menu the chat's user sees: the staff menu, by the alias in the row's messages, or (empty) the default.</summary>
    Menu,
}
