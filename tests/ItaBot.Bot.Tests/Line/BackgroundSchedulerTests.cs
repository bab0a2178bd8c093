using System.Collections.Concurrent;
using System.Globalization;
using ItaBot.Bot.Line;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Background work runs on threads of its own, below the priority of the threads that answer requests.</summary>
public class BackgroundSchedulerTests
{
    [Fact]
    public async Task Work_and_everything_it_awaits_runs_on_the_background_threads()
    {
        using var scheduler = new BackgroundScheduler(2);
        var threads = new ConcurrentQueue<string?>();

        await scheduler.RunAsync(async () =>
        {
            threads.Enqueue(Thread.CurrentThread.Name);
            await Task.Delay(20);
            threads.Enqueue(Thread.CurrentThread.Name);
            await Task.Run(() => threads.Enqueue("pool"));
            threads.Enqueue(Thread.CurrentThread.Name);
        });

        Assert.Equal(4, threads.Count);
        Assert.Equal(3, threads.Count(name => name?.StartsWith("itabot-background-", StringComparison.Ordinal) == true));
        Assert.Contains("pool", threads);
    }

    [Fact]
    public async Task On_Linux_its_threads_give_way_to_the_request_threads()
    {
        Assert.True(OperatingSystem.IsLinux(), "the bot's hosts, and CI, are Linux");
        using var scheduler = new BackgroundScheduler(1);

        var background = 0;
        await scheduler.RunAsync(() =>
        {
            background = NiceValue();
            return Task.CompletedTask;
        });
        var request = await Task.Run(NiceValue);

        Assert.Equal(request + 10, background);
    }

    [Fact]
    public async Task A_failure_in_the_work_reaches_whoever_waits_on_it()
    {
        using var scheduler = new BackgroundScheduler(1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.RunAsync(async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("broken");
        }));

        Assert.Equal("broken", error.Message);
    }

    [Fact]
    public async Task Work_still_awaiting_when_the_scheduler_is_disposed_finishes_on_the_pool()
    {
        var scheduler = new BackgroundScheduler(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var onPool = false;

        var work = scheduler.RunAsync(async () =>
        {
            await release.Task;
            onPool = Thread.CurrentThread.IsThreadPoolThread;
        });
        await Task.Delay(50);
        scheduler.Dispose();
        release.SetResult();

        await work.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(onPool);
    }

    /// <summary>The calling thread's nice value: field 19 of its stat line, counted after the command name.</summary>
    private static int NiceValue()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], CultureInfo.InvariantCulture);
    }
}
