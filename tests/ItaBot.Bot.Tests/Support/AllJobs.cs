using ItaBot.Jobs;

namespace ItaBot.Bot.Tests.Support;

/// <summary>The scheduled jobs there are: each start of a server runs every one of them once.</summary>
public static class AllJobs
{
    public static readonly int Count = typeof(IScheduledJob).Assembly.GetTypes().Count(t => t.IsClass && !t.IsAbstract && typeof(IScheduledJob).IsAssignableFrom(t));
}
