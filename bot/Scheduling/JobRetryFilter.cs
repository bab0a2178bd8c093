using Hangfire.States;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// Each job's own retries (<see cref="JobEntry.RetryDelays"/>) in place of Hangfire's ten over many hours: a failed run is
/// scheduled again after the job's next delay; after the last it stays failed — the dashboard's failed list and
/// <c>jobs list</c> show it — and the log says which job, as of when, gave up.
/// </summary>
internal sealed partial class JobRetryFilter(IReadOnlyList<JobEntry> jobs, ILogger<JobRetryFilter> logger) : IElectStateFilter
{
    /// <summary>Hangfire's own name for it: the dashboard shows it as the retry count.</summary>
    private const string RetriesParameter = "RetryCount";

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not FailedState failed || context.BackgroundJob.Job.Args is not [string id, ..])
        {
            return;
        }

        var delays = jobs.FirstOrDefault(j => j.Id == id)?.RetryDelays ?? [];
        var retried = context.GetJobParameter<int>(RetriesParameter);
        var at = JobRunner.InstantOf(context.BackgroundJob);

        // The innermost error says what went wrong ("SQLite Error 19: …"), not the layer that passed it on.
        var error = failed.Exception.GetBaseException().Message;
        if (retried >= delays.Count)
        {
            failed.Reason = $"given up after {retried + 1} attempts: {error}";
            LogGaveUp(logger, id, at, retried + 1, failed.Exception);
            return;
        }

        context.SetJobParameter(RetriesParameter, retried + 1);
        context.CandidateState = new ScheduledState(delays[retried]) { Reason = $"retry {retried + 1} of {delays.Count} after: {error}" };
        LogRetry(logger, id, at, retried + 1, delays.Count, delays[retried], error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} as of {At:O} failed ({Error}); retry {Retry} of {Retries} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string jobId, DateTimeOffset at, int retry, int retries, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} as of {At:O} failed {Attempts} times and is given up: its next scheduled run sends what is still due, or `jobs trigger {JobId} --at {At:O}` now")]
    private static partial void LogGaveUp(ILogger logger, string jobId, DateTimeOffset at, int attempts, Exception exception);
}
