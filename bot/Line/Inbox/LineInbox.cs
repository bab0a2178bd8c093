using System.Threading.Channels;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// Commits accepted events to the database. Requests hand their events to one writer, which commits whatever has
/// gathered in one transaction: many webhook calls share a disk flush, and with a single writer a redelivery racing
/// the first delivery cannot slip past the duplicate check.
/// </summary>
public sealed partial class LineInbox(
    IServiceScopeFactory scopes, InboxSignal signal, SqliteWriteGate writes, IngestPressure pressure, ILogger<LineInbox> logger) : BackgroundService
{
    private const int MaxBatchesPerCommit = 256;

    private static readonly string[] InsertedColumns =
    [
        nameof(InboxEvent.EventId), nameof(InboxEvent.Type), nameof(InboxEvent.ChatId), nameof(InboxEvent.Timestamp),
        nameof(InboxEvent.IsRedelivery), nameof(InboxEvent.Payload), nameof(InboxEvent.ReceivedAt), nameof(InboxEvent.Status),
        nameof(InboxEvent.Attempts),
    ];

    private readonly Channel<Batch> queue = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once the events are committed (or were stored before); throws if they could not be.</summary>
    public async Task AcceptAsync(IReadOnlyList<InboxEvent> events, CancellationToken cancellationToken)
    {
        var batch = new Batch(events);
        if (!queue.Writer.TryWrite(batch))
        {
            throw new InvalidOperationException("the inbox is closed: the bot is stopping");
        }

        pressure.Enter();
        try
        {
            await batch.Committed.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            pressure.Leave();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batches = new List<Batch>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batches.Clear();
                while (batches.Count < MaxBatchesPerCommit && queue.Reader.TryRead(out var batch))
                {
                    batches.Add(batch);
                }

                await CommitAsync(batches, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var batch))
            {
                batch.Committed.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task CommitAsync(List<Batch> batches, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var events = batches.SelectMany(b => b.Events).ToList();
            int stored;
            using (await writes.EnterFirstAsync(cancellationToken))
            {
                stored = await InsertNewAsync(db, events, cancellationToken);
            }

            if (stored < events.Count)
            {
                LogDuplicates(logger, events.Count - stored);
            }
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or OperationCanceledException)
        {
            LogCommitFailed(logger, e);
            foreach (var batch in batches)
            {
                batch.Committed.TrySetException(e);
            }

            return;
        }

        foreach (var batch in batches)
        {
            batch.Committed.TrySetResult();
        }

        signal.Notify();
    }

    /// <summary>
    /// Inserts the events in one transaction, skipping any whose id is stored already; returns how many were new.
    /// Plain SQL rather than change tracking: this is the webhook's hot path. Names and stored forms come from the EF
    /// model, so the statement is right for whichever provider the model is built for.
    /// </summary>
    private static async Task<int> InsertNewAsync(ItaBotDbContext db, List<InboxEvent> events, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(InboxEvent))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = InsertedColumns.Select(name => entity.FindProperty(name)!).ToList();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var eventId = sql.DelimitIdentifier(entity.FindProperty(nameof(InboxEvent.EventId))!.GetColumnName(table)!);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} " +
                $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) ON CONFLICT ({eventId}) DO NOTHING";
            var parameters = columns.Select((_, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                command.Parameters.Add(parameter);
                return parameter;
            }).ToList();

            var stored = 0;
            foreach (var e in events)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].PropertyInfo!.GetValue(e);
                    parameters[i].Value = columns[i].GetTypeMapping().Converter?.ConvertToProvider(value) ?? value ?? DBNull.Value;
                }

                stored += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Batch(IReadOnlyList<InboxEvent> Events)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} event(s) were already in the inbox (redelivered); stored once")]
    private static partial void LogDuplicates(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store webhook events; LINE is answered 500 and may deliver them again")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);
}
