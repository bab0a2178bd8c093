namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// How many webhook calls are waiting for their events to be committed, and what the handling does about it. LINE
/// waits on the webhook while nobody waits on an event already accepted, and the operating system's lower priority for
/// the handling's threads gives way too late: on a saturated machine they still took a quarter of the processor,
/// which the webhook's answers then lacked. So while calls queue up, each chat's handling pauses before each event:
/// it keeps moving, at a walk, and the events wait safely in the inbox.
/// </summary>
public sealed class WebhookPressure(TimeProvider time)
{
    /// <summary>Calls waiting at once from which the webhook counts as saturated: far above what LINE sends a town's bot.</summary>
    public const int SaturatedAt = 8;

    /// <summary>The pause before each event while saturated.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private int waiting;

    /// <summary>Webhook calls waiting for their events to be committed now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public bool IsSaturated => Waiting >= SaturatedAt;

    /// <summary>Counts a call as waiting until the returned value is disposed.</summary>
    public WaitingCall Wait()
    {
        Interlocked.Increment(ref waiting);
        return new WaitingCall(this);
    }

    /// <summary>Returns at once, or after <see cref="Pause"/> while the webhook is saturated.</summary>
    public Task GiveWayAsync(CancellationToken cancellationToken) =>
        IsSaturated ? Task.Delay(Pause, time, cancellationToken) : Task.CompletedTask;

    public readonly struct WaitingCall(WebhookPressure pressure) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref pressure.waiting);
    }
}
