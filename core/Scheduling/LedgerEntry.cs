namespace ItaBot.Core.Scheduling;

/// <summary>
/// One reminder or summary sent: which job, for which period, to whom. Unique, so a job run twice for the same period,
/// or again after a restart, sends nothing new.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public required string Job { get; set; }

    /// <summary>"2568-Q2", "2025-03", "C68-00042:day10" — what the message was about.</summary>
    public required string Period { get; set; }

    /// <summary>The LINE user id it went to.</summary>
    public required string Recipient { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
