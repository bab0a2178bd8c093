using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ItaBot.Bot.Pipeline;

/// <summary>
/// A fixed number of workers, each taking chats from a queue of its own. A chat always goes to the same worker (chosen
/// by its id), so one chat's work runs one piece at a time, in the order it was queued, without any lock per chat;
/// different chats spread over the workers and run side by side. Chats may be queued before the workers start.
/// </summary>
public sealed partial class ChatWorkers
{
    private readonly Channel<string>[] queues;
    private readonly ConcurrentDictionary<string, byte> queued = new();
    private readonly ILogger logger;

    public ChatWorkers(int count, ILogger logger)
    {
        this.logger = logger;
        queues = [.. Enumerable.Range(0, count).Select(_ => Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true }))];
    }

    /// <summary>Queues the chat on its worker, unless it is waiting there already.</summary>
    public void Enqueue(string chatId)
    {
        if (queued.TryAdd(chatId, 0))
        {
            queues[(int)((uint)chatId.GetHashCode() % (uint)queues.Length)].Writer.TryWrite(chatId);
        }
    }

    /// <summary>
    /// Runs the workers until <paramref name="stopping"/>, then waits for the work under way. <paramref name="work"/>
    /// does what is waiting for one chat; an exception it lets out is logged and ends only that piece: the chat is looked
    /// at again when it is next queued.
    /// </summary>
    public Task RunAsync(Func<string, CancellationToken, Task> work, CancellationToken stopping) =>
        Task.WhenAll(queues.Select(queue => Task.Run(() => WorkAsync(queue, work, stopping), CancellationToken.None)));

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
