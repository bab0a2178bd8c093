namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>New messages are in the outbox, or a chat's lane is free again.</summary>
public sealed class OutboxSignal : WorkSignal;
