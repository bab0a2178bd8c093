using System.Threading.Channels;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Line.Outbox;

/// <summary>
/// Records as sent, many rows in one statement, the answers whose first try went through: one commit for a burst of
/// answers instead of one each. A row whose record is lost (the process stops within those milliseconds) stays pending
/// with its reply marked as possibly sent; its next try finds the token spent and records it then, sending nothing.
/// </summary>
public sealed partial class OutboxSentLog(IServiceScopeFactory scopes, SqliteWriteGate writes, TimeProvider time, ILogger<OutboxSentLog> logger)
    : BackgroundService
{
    private const int MaxRowsPerStatement = 500;

    private readonly Channel<long> sent = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public void Record(long id) => sent.Writer.TryWrite(id);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Whatever was recorded before the stop is still written.
        await FlushAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await sent.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // StopAsync writes the rest.
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        while (sent.Reader.TryRead(out var id))
        {
            ids.Add(id);
            if (ids.Count == MaxRowsPerStatement)
            {
                await MarkSentAsync(ids, cancellationToken);
                ids.Clear();
            }
        }

        if (ids.Count > 0)
        {
            await MarkSentAsync(ids, cancellationToken);
        }
    }

    private async Task MarkSentAsync(List<long> ids, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            DateTimeOffset? now = time.GetUtcNow();
            using (await writes.EnterAsync(cancellationToken))
            {
                await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now), cancellationToken);
            }
        }
        catch (System.Data.Common.DbException e)
        {
            LogFailed(logger, e, ids.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} answer(s) as sent; their next try will find them delivered")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
