using System.Data.Common;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>
/// The inbox's one statement, an insert of many events at once that skips event ids already stored, on a connection
/// kept open. This is the webhook's hot path: on PostgreSQL each statement is a round trip to the server, so a commit
/// sends one statement per hundred events rather than one per event. Plain SQL rather than change tracking (which
/// would fail the whole commit on one duplicate), built from <see cref="InboxColumns"/>. On SQLite the connection
/// commits with <c>synchronous=FULL</c>: the write-ahead log is flushed to the disk before LINE hears "received", so a
/// power cut cannot undo an accepted event (the bot's other writes keep <c>NORMAL</c>).
/// </summary>
internal sealed class InboxInsert : IAsyncDisposable
{
    // Rows per statement: well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
    private const int RowsPerStatement = 100;

    private readonly DbConnection connection;
    private readonly InboxColumns columns;
    private readonly Func<ValueTask> close;

    // A statement for each number of rows met so far, kept with its parameters.
    private readonly Dictionary<int, DbCommand> statements = [];

    private InboxInsert(DbConnection connection, InboxColumns columns, Func<ValueTask> close)
    {
        this.connection = connection;
        this.columns = columns;
        this.close = close;
    }

    public static async Task<InboxInsert> OpenAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();

            // Opened through EF, so the connection gets the same set-up as every other.
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (db.Database.ProviderName == ItaBotDbContext.SqliteProvider)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL", cancellationToken);
            }

            return new InboxInsert(db.Database.GetDbConnection(), InboxColumns.Of(db), async () =>
            {
                await db.Database.CloseConnectionAsync();
                await scope.DisposeAsync();
            });
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Inserts the events in one transaction, skipping those whose event id is stored already; returns how many were stored.</summary>
    public async Task<int> InsertNewAsync(IReadOnlyList<InboxEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = 0;
        foreach (var chunk in events.Chunk(RowsPerStatement))
        {
            var statement = Statement(chunk.Length);
            statement.Transaction = transaction;
            var parameter = 0;
            foreach (var e in chunk)
            {
                foreach (var value in columns.RowOf(e))
                {
                    statement.Parameters[parameter++].Value = value;
                }
            }

            stored += await statement.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private DbCommand Statement(int rows)
    {
        if (statements.TryGetValue(rows, out var statement))
        {
            return statement;
        }

        var width = columns.Names.Count;
        var values = Enumerable.Range(0, rows)
            .Select(row => "(" + string.Join(", ", Enumerable.Range(row * width, width).Select(i => "@p" + i)) + ")");
        statement = connection.CreateCommand();
        statement.CommandText =
            $"INSERT INTO {columns.Table} ({string.Join(", ", columns.Names)}) VALUES {string.Join(", ", values)} ON CONFLICT ({columns.EventId}) DO NOTHING";
        for (var i = 0; i < rows * width; i++)
        {
            var parameter = statement.CreateParameter();
            parameter.ParameterName = "@p" + i;
            statement.Parameters.Add(parameter);
        }

        statements.Add(rows, statement);
        return statement;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in statements.Values)
        {
            await statement.DisposeAsync();
        }

        await close();
    }
}
