using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItaBot.Benchmarks;

/// <summary>
/// The LINE Node SDK's echo bot (<c>peer/echo.js</c>, npm <c>@line/bot-sdk</c> with <c>express</c>) as a process of its
/// own on 127.0.0.1, talking to the same fake LINE API: what a municipality would otherwise start from.
/// </summary>
internal sealed partial class NodePeer : IAsyncDisposable
{
    private readonly Process process;

    private NodePeer(Process process, Uri webhook)
    {
        this.process = process;
        Webhook = webhook;
    }

    public Uri Webhook { get; }

    public static async Task<NodePeer> StartAsync(string secret, string lineUrl)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "peer");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "echo.js", "0", secret, lineUrl })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the Node peer did not start");
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return new NodePeer(process, new Uri($"http://127.0.0.1:{Port().Match(line).Groups[1].Value}/callback"));
    }

    /// <summary>Peak resident memory of the Node process so far, from <c>/proc</c>.</summary>
    public long PeakWorkingSet
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
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

    public async ValueTask DisposeAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    [GeneratedRegex(@"listening on (\d+)")]
    private static partial Regex Port();
}
