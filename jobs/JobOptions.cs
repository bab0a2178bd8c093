using System.ComponentModel.DataAnnotations;

namespace ItaBot.Jobs;

/// <summary>
/// Configuration section <c>Jobs</c>: the day of the month the reporting reminder goes out, and each job's schedule
/// (<c>Jobs:Schedules:asset-check</c> = a cron expression) and retry delays (<c>Jobs:RetryDelays:asset-check:0</c> =
/// 00:05:00, …) where its defaults do not suit.
/// </summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>False runs the server without the scheduler (tests of other things; a second web process).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 28)]
    public int MonthlyReminderDay { get; set; } = 25;

    public Dictionary<string, string> Schedules { get; set; } = [];

    public Dictionary<string, TimeSpan[]> RetryDelays { get; set; } = [];

    /// <summary>How often the scheduler looks for runs that are due and work that is queued.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
