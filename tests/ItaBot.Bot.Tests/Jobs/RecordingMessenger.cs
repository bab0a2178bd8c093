using System.Collections.Concurrent;
using ItaBot.Core.Messaging;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>Keeps every notice a job sends, per recipient, instead of queuing it for LINE.</summary>
public sealed class RecordingMessenger : IMessenger
{
    public ConcurrentQueue<(string To, Notice Notice)> Sent { get; } = new();

    public void Send(IReadOnlyCollection<string> userIds, Notice notice)
    {
        foreach (var to in userIds)
        {
            Sent.Enqueue((to, notice));
        }
    }

    public void ShowMenu(string userId, bool staff)
    {
    }

    public int Count(string to, string startOfText) =>
        Sent.Count(s => s.To == to && s.Notice.Text.StartsWith(startOfText, StringComparison.Ordinal));
}
