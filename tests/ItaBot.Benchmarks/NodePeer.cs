using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItaBot.Benchmarks;

/// <summary>
/// The LINE Node SDK's echo bot (<c>peer/echo.js</c>, npm <c>@line/bot-sdk</c> with <c>express</c>), talking to the
/// same fake LINE API: what a municipality would otherwise start from.
/// </summary>
internal static partial class NodePeer
{
    public static async Task<BotUnderTest> StartAsync(string secret, string lineUrl)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peer");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder };
        foreach (var arg in new[] { "echo.js", "0", secret, lineUrl })
        {
            start.ArgumentList.Add(arg);
        }

        return await BotUnderTest.StartAsync(start, line =>
            Port().Match(line) is { Success: true } port ? new Uri($"http://127.0.0.1:{port.Groups[1].Value}/callback") : null);
    }

    private static async Task RunAsync(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var run = Process.Start(start)!;
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed in {folder}");
        }
    }

    [GeneratedRegex(@"listening on (\d+)")]
    private static partial Regex Port();
}
