using ItaBot.Bot.Cli;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// Runs a verb inside the test, as <c>dotnet run --project bot -- VERB</c> would, with standard input, output and
/// error passed in and the test's own database: the same code as the command, without starting a process for it.
/// </summary>
public static class BotVerb
{
    public static Task<BotProcess.Result> RunAsync(TestDatabase database, string input, params string[] args) =>
        RunAsync(database, null, input, args);

    public static async Task<BotProcess.Result> RunAsync(
        TestDatabase database, IReadOnlyDictionary<string, string?>? settings, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var terminal = new Terminal(new StringReader(input), output, error, IsInteractive: false)
        {
            Settings = database.Settings.Concat(settings ?? new Dictionary<string, string?>())
                .GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        };
        var exitCode = await CommandLine.RunAsync(args, terminal);
        return new BotProcess.Result(exitCode, output.ToString(), error.ToString());
    }
}
