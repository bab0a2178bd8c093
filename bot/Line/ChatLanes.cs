using System.Collections.Concurrent;

namespace ItaBot.Bot.Line;

/// <summary>
/// Runs work for many chats in parallel but never two at once for the same chat, so one person's messages are
/// handled, and answered, in the order they came. At most <c>maxParallel</c> chats run at a time. Work on a chat runs
/// only under its lease of <paramref name="lane"/>, so no other process runs it at the same time either, and on the
/// <paramref name="scheduler"/>'s threads, below the webhook's priority.
/// </summary>
public sealed class ChatLanes(int maxParallel, WorkSignal finished, ChatLeases leases, string lane, BackgroundScheduler scheduler)
    : IDisposable
{
    private readonly ConcurrentDictionary<string, Task> running = new();
    private readonly SemaphoreSlim slots = new(maxParallel, maxParallel);

    public bool IsBusy(string chatId) => running.ContainsKey(chatId);

    /// <summary>Starts <paramref name="work"/> for the chat unless the chat is busy; waits for a free slot first.</summary>
    public async Task<bool> TryStartAsync(string chatId, Func<Task> work, CancellationToken cancellationToken)
    {
        if (IsBusy(chatId))
        {
            return false;
        }

        await slots.WaitAsync(cancellationToken);
        var gate = new TaskCompletionSource();
        if (!running.TryAdd(chatId, gate.Task))
        {
            slots.Release();
            return false;
        }

        _ = scheduler.RunAsync(async () =>
        {
            try
            {
                await using var lease = await leases.TryTakeAsync(lane, chatId, cancellationToken);
                if (lease is not null)
                {
                    await work();
                }
            }
            finally
            {
                running.TryRemove(chatId, out _);
                slots.Release();
                gate.SetResult();
                finished.Notify();
            }
        });
        return true;
    }

    /// <summary>Waits for the work under way, as the process stops.</summary>
    public Task DrainAsync() => Task.WhenAll(running.Values);

    public void Dispose() => slots.Dispose();
}
