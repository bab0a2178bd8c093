using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItaBot.Bot.Tests.Support;

/// <summary>The bot's <c>serve</c> verb as its own process on 127.0.0.1, which a test can kill as a crash would.</summary>
public sealed partial class BotServer : IAsyncDisposable
{
    private readonly Process process;

    private readonly ConcurrentQueue<string> log = new();

    private BotServer(Process process, string address, IReadOnlyList<string> startupLog)
    {
        this.process = process;
        Address = new Uri(address);
        StartupLog = startupLog;

        // Kept reading, so a busy log never fills the pipe and stalls the server.
        _ = KeepAsync(process.StandardOutput);
        _ = KeepAsync(process.StandardError);
    }

    public Uri Address { get; }

    /// <summary>What the server wrote to its standard output before it listened: the start-up, the migration.</summary>
    public IReadOnlyList<string> StartupLog { get; }

    /// <summary>What the server has written since, standard output and error together.</summary>
    public IReadOnlyList<string> Log => [.. log];

    public static async Task<BotServer> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var process = Process.Start(BotProcess.StartInfo(database, settings, "--urls", "http://127.0.0.1:0"))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var startupLog = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            startupLog.Add(line);
            var match = Listening().Match(line);
            if (match.Success)
            {
                return new BotServer(process, match.Groups["address"].Value, startupLog);
            }
        }

        throw new InvalidOperationException("The server ended without saying where it listens: " + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>Ends the process at once, with no chance to finish anything: a crash or a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task KeepAsync(StreamReader from)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            log.Enqueue(line);
        }
    }

    [GeneratedRegex(@"listening on (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
