namespace ItaBot.Bot.Cli;

/// <summary>The command line was not understood; the message says what to type instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
