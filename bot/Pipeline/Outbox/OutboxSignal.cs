namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>Pushes were queued in the outbox (by a job or for someone other than the person answered).</summary>
public sealed class OutboxSignal : WorkSignal;
