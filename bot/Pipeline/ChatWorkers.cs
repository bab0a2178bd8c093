using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ItaBot.Bot.Pipeline;

/// <summary>
/// A fixed number of workers, each taking chats from a queue of its own. A chat always goes to the same worker (chosen
/// by its id), so one chat's work runs one piece at a time, in the order it was queued, without any lock per chat;
/// different chats spread over the workers and run side by side.
/// </summary>
public sealed partial class ChatWorkers
{
    private readonly Channel<string>[] queues;
    private readonly ConcurrentDictionary<string, byte> queued = new();
    private readonly Task[] workers;
    private readonly ILogger logger;

    /// <param name="work">Does what is waiting for one chat. An exception it lets out is logged and ends only that piece: the chat is looked at again when it is next queued.</param>
    public ChatWorkers(int count, Func<string, CancellationToken, Task> work, ILogger logger, CancellationToken stopping)
    {
        this.logger = logger;
        queues = [.. Enumerable.Range(0, count).Select(_ => Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true }))];
        workers = [.. queues.Select(queue => Task.Run(() => WorkAsync(queue, work, stopping), CancellationToken.None))];
    }

    /// <summary>Queues the chat on its worker, unless it is waiting there already.</summary>
    public void Enqueue(string chatId)
    {
        if (queued.TryAdd(chatId, 0))
        {
            queues[(int)((uint)chatId.GetHashCode() % (uint)queues.Length)].Writer.TryWrite(chatId);
        }
    }

    /// <summary>Waits for the work under way to end, as the process stops.</summary>
    public Task StoppedAsync()
    {
        foreach (var queue in queues)
        {
            queue.Writer.TryComplete();
        }

        return Task.WhenAll(workers);
    }

    private async Task WorkAsync(Channel<string> queue, Func<string, CancellationToken, Task> work, CancellationToken stopping)
    {
        try
        {
            await foreach (var chat in queue.Reader.ReadAllAsync(stopping))
            {
                // Taken off before the work: what arrives for the chat meanwhile queues it again, so nothing is missed.
                queued.TryRemove(chat, out _);
                try
                {
                    await work(chat, stopping);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    LogWorkFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: what is left stays in the database for the next start.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A chat's work failed; its rows stay as they are and are looked at again")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
