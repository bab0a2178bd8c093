using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Hosting;

/// <summary>
/// Copies the write-ahead log back into the database file once a second. SQLite would otherwise do it inside whichever
/// commit crosses the log's size limit, and every writer queued behind that commit — the webhook's among them —
/// would wait tens of milliseconds. A passive checkpoint here waits for no one and no one waits for it.
/// </summary>
internal sealed partial class SqliteCheckpointer(IServiceScopeFactory scopes, TimeProvider time, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: SQLite checkpoints when the last connection closes.
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A checkpoint of the SQLite log failed; the next one will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
