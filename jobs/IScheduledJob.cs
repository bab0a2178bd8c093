namespace ItaBot.Jobs;

/// <summary>
/// A job the scheduler runs: what it is called, when by default, and what it does as of an instant. A job only adds
/// messages (through <c>IMessenger</c>) and ledger entries to the unit of work; whoever runs it saves them together.
/// Running it twice for the same instant, or any later one in the same period, sends nothing twice.
/// </summary>
public interface IScheduledJob
{
    string Id { get; }

    /// <summary>A cron expression in the organisation's time zone, unless <c>Jobs:Schedules:{Id}</c> says otherwise.</summary>
    string DefaultCron { get; }

    string Description { get; }

    /// <summary>
    /// How long after a failed run each retry comes, one entry per retry, unless <c>Jobs:RetryDelays:{Id}</c> says
    /// otherwise. A retry sends only what the failed run did not (the ledger), so the delays only need to stay inside
    /// the job's period; after the last one the run is left failed and the next scheduled run is the catch-up.
    /// </summary>
    IReadOnlyList<TimeSpan> RetryDelays { get; }

    Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken);
}
