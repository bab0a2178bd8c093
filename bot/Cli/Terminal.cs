namespace ItaBot.Bot.Cli;

/// <summary>
/// Where a verb reads and writes, and the settings its host gets on top of the configuration: the process's console
/// and environment when run as a command, a test's own strings and database when run inside a test.
/// </summary>
internal sealed record Terminal(TextReader In, TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public static Terminal OfConsole() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
