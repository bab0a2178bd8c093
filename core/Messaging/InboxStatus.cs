namespace ItaBot.Core.Messaging;

public enum InboxStatus
{
    Pending,
    Handled,

    /// <summary>Handling failed every attempt; kept with its error for an operator, and no longer blocks its chat.</summary>
    Failed,
}
