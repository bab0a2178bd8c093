using System.Diagnostics;

namespace ItaBot.Benchmarks;

/// <summary>
/// A bot measured as a process of its own on 127.0.0.1, as it runs in production: started, found by the address it
/// prints when it listens, measured by its peak memory, killed at the end. ItaBot and its peer are measured alike.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly Process process;

    private bool ended;

    private BotUnderTest(Process process, Uri webhook)
    {
        this.process = process;
        Webhook = webhook;
    }

    public Uri Webhook { get; }

    /// <summary>Peak resident memory of the process so far, from <c>/proc</c>.</summary>
    public long PeakWorkingSet
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>Starts the process and reads its output until <paramref name="webhookIn"/> finds the webhook's address in a line.</summary>
    public static async Task<BotUnderTest> StartAsync(ProcessStartInfo start, Func<string, Uri?> webhookIn)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (webhookIn(line) is { } webhook)
            {
                // Kept reading, so that output written later never fills the pipe and stalls the process.
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                return new BotUnderTest(process, webhook);
            }
        }

        throw new InvalidOperationException($"{start.FileName} ended without saying where it listens: {await errors}");
    }

    /// <summary>Ends the process; again is harmless.</summary>
    public async ValueTask DisposeAsync()
    {
        if (ended)
        {
            return;
        }

        ended = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
