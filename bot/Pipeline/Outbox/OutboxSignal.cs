using System.Threading.Channels;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Pushes were queued in the outbox (by a job, or for someone other than the person answered): wakes the outbox's look
/// at the whole table. Signals that arrive while it is busy fold into one, so it looks once more when it is done and
/// never sleeps on work.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal, or at most <paramref name="timeout"/> (the loop looks now and then anyway).</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await channel.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: look anyway.
        }
    }
}
