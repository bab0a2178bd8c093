namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>New events are in the inbox.</summary>
public sealed class InboxSignal : WorkSignal;
