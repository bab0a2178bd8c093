namespace ItaBot.Jobs;

/// <summary>The retry delays the jobs choose from (<see cref="IScheduledJob.RetryDelays"/>).</summary>
public static class JobRetries
{
    /// <summary>A daily reminder: retried while the working morning lasts, so it still arrives the day it is meant for.</summary>
    public static readonly IReadOnlyList<TimeSpan> SameMorning = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>The monthly summary comes once a month: one more try in the afternoon of its day.</summary>
    public static readonly IReadOnlyList<TimeSpan> SameDay = [.. SameMorning, TimeSpan.FromHours(6)];

    /// <summary>Housekeeping: once more an hour later, and tomorrow's run does the same work anyway.</summary>
    public static readonly IReadOnlyList<TimeSpan> Once = [TimeSpan.FromHours(1)];
}
