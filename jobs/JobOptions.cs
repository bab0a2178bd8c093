using System.ComponentModel.DataAnnotations;

namespace ItaBot.Jobs;

/// <summary>
/// Configuration section <c>Jobs</c>: the day of the month the reporting reminder goes out, and each job's schedule
/// (<c>Jobs:Schedules:asset-check</c> = a cron expression) where the default does not suit.
/// </summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>False runs the server without the scheduler (tests of other things; a second web process).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 28)]
    public int MonthlyReminderDay { get; set; } = 25;

    public Dictionary<string, string> Schedules { get; set; } = [];
}
