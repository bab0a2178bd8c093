namespace ItaBot.Bot.Dialogs.Privacy;

/// <summary>Nothing to collect: the erasure dialog only asks to confirm.</summary>
public sealed class EraseMyDataState;
