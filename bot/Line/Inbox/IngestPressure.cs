namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// How many webhook requests are waiting for their events to be committed. LINE waits on those; the handling of events
/// already stored does not wait on anyone, so under a burst it steps aside for a moment between events.
/// </summary>
public sealed class IngestPressure
{
    /// <summary>The longest one event's handling waits for the webhook, so handling never stops under steady load.</summary>
    public static readonly TimeSpan MaxYield = TimeSpan.FromMilliseconds(20);

    private int waiting;

    public int Waiting => Volatile.Read(ref waiting);

    public void Enter() => Interlocked.Increment(ref waiting);

    public void Leave() => Interlocked.Decrement(ref waiting);

    /// <summary>Waits while webhook requests are waiting, at most <see cref="MaxYield"/>.</summary>
    public async Task YieldAsync(CancellationToken cancellationToken)
    {
        var until = Environment.TickCount64 + (long)MaxYield.TotalMilliseconds;
        while (Waiting > 0 && Environment.TickCount64 < until)
        {
            await Task.Delay(1, cancellationToken);
        }
    }
}
