using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ItaBot.Bot.Line;

/// <summary>
/// Runs the moving of events in from the webhook's spool, their handling and the sending of the outbox on threads of
/// their own, at a lower operating-system priority than the threads that answer requests. LINE waits on the webhook,
/// while nobody waits on work already accepted; so under a burst the webhook takes the processor and the handling uses
/// what is left, and when the webhook is idle the handling has the whole machine. Awaits in work started here come back
/// here, so the handling's own code (the database, the answers) runs at the lower priority; the libraries' internal
/// continuations stay on the pool.
/// </summary>
public sealed class BackgroundScheduler : TaskScheduler, IDisposable
{
    /// <summary>Linux's nice value for these threads: low enough to give way, not so low that they starve.</summary>
    private const int Niceness = 10;

    [ThreadStatic]
    private static BackgroundScheduler? current;

    private readonly BlockingCollection<Task> queue = [];
    private readonly Thread[] threads;

    public BackgroundScheduler(int threadCount)
    {
        threads = Enumerable.Range(0, threadCount).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"itabot-background-{i}",
            Priority = ThreadPriority.BelowNormal,
        }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Length;

    /// <summary>Runs <paramref name="work"/> here; its awaits continue here too.</summary>
    public Task RunAsync(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    protected override void QueueTask(Task task)
    {
        try
        {
            queue.Add(task);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // Disposed while the host stops: a straggling continuation still runs, on the pool.
            ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
        }
    }

    // Inline only on these threads, so work queued from a request never runs on the request's thread.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    private void Work()
    {
        current = this;
        LowerPriority();
        foreach (var task in queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>.NET does not pass thread priorities on to Linux, where a thread's nice value is its own.</summary>
    private static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            // PRIO_PROCESS with id 0 is the calling thread on Linux; raising one's own nice value needs no privilege.
            _ = SetPriority(0, 0, Niceness);
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    /// <summary>Lets the threads finish what is queued, then ends them; a thread still busy after 5 s is left to end.</summary>
    public void Dispose()
    {
        queue.CompleteAdding();
        var ended = threads.All(thread => thread.Join(TimeSpan.FromSeconds(5)));
        if (ended)
        {
            queue.Dispose();
        }
    }
}
