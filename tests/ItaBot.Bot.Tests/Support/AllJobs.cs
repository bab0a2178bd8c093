using ItaBot.Jobs;

namespace ItaBot.Bot.Tests.Support;

/// <summary>The scheduled jobs there are: each start of a server registers and runs every one of them once.</summary>
public static class AllJobs
{
    private static readonly Type[] Types =
        [.. typeof(IScheduledJob).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IScheduledJob).IsAssignableFrom(t))];

    public static int Count => Types.Length;

    /// <summary>Every job's id (its <c>JobId</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Ids =>
        [.. Types.Select(t => (string)t.GetField("JobId")!.GetRawConstantValue()!).Order(StringComparer.Ordinal)];
}
