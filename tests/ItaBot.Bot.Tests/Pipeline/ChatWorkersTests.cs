using System.Collections.Concurrent;
using ItaBot.Bot.Pipeline;
using ItaBot.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItaBot.Bot.Tests.Pipeline;

/// <summary>The workers the inbox and the outbox hand chats to: each chat one piece at a time, a failure ending only its piece.</summary>
public class ChatWorkersTests
{
    [Fact]
    public async Task A_chat_is_never_worked_twice_at_once_and_a_failure_does_not_stop_its_worker()
    {
        using var stop = new CancellationTokenSource();
        var workers = new ChatWorkers(2, NullLogger.Instance);
        var running = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        var done = new ConcurrentBag<string>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var chats = Enumerable.Range(0, 20).Select(i => $"U{i}").ToList();
        var run = workers.RunAsync(
            async (chat, _) =>
            {
                if (running.AddOrUpdate(chat, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                running.AddOrUpdate(chat, 0, (_, n) => n - 1);
                if (chat == "U3" && !done.Contains("failed"))
                {
                    done.Add("failed");
                    throw new InvalidOperationException("a chat's work failed");
                }

                done.Add(chat);
                if (chats.All(done.Contains))
                {
                    all.TrySetResult();
                }
            },
            stop.Token);

        foreach (var chat in chats.Concat(chats))
        {
            workers.Enqueue(chat);
        }

        // U3 failed the first time; queued again, as a new event would queue it, its worker still takes it.
        await Eventually.Async(() => Task.FromResult(done.Contains("failed")), failed => failed, _ => "U3 was not worked");
        workers.Enqueue("U3");
        await all.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.CancelAsync();
        await run;

        Assert.Equal(0, overlaps);
    }
}
