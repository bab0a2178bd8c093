using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItaBot.Benchmarks;

/// <summary>ItaBot's <c>serve</c> verb, the build beside the benchmark's binaries, with the benchmark's settings.</summary>
internal static partial class ItaBotServer
{
    public static Task<BotUnderTest> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ItaBot.Bot.dll"), "serve", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // Warnings and errors only, but for the line that says where it listens.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__ItaBot.Bot"] = "Information";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return BotUnderTest.StartAsync(start, line =>
            Listening().Match(line) is { Success: true } address ? new Uri(new Uri(address.Groups[1].Value), "/line/webhook") : null);
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
