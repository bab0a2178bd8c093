namespace ItaBot.Bot.Tests.Support;

/// <summary>A clock whose timers fire only when the test says so, so a pause can be checked without waiting it out.</summary>
public sealed class ManualTimers : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State)> pending = [];

    /// <summary>The times the timers were asked for, in order.</summary>
    public List<TimeSpan> Requested { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (pending)
        {
            Requested.Add(dueTime);
            pending.Add((callback, state));
        }

        return new Timer();
    }

    /// <summary>Fires every timer made so far.</summary>
    public void FireAll()
    {
        List<(TimerCallback Callback, object? State)> due;
        lock (pending)
        {
            due = [.. pending];
            pending.Clear();
        }

        foreach (var (callback, state) in due)
        {
            callback(state);
        }
    }

    private sealed class Timer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
