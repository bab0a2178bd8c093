using System.Data.Common;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// The inbox's one statement, an insert of many events at once, on a connection kept open: into the inbox table itself,
/// skipping event ids already stored, or into the inbox spool (see <see cref="InboxSpool"/>), whose table has the same
/// columns and keeps every copy. This is the webhook's hot path: opening a connection, setting it up and preparing the
/// statement for every commit cost more than the rows, and on PostgreSQL each statement is a round trip to the server,
/// so a commit sends one statement per hundred events rather than one per event. Plain SQL rather than change tracking,
/// built from <see cref="InboxColumns"/>.
/// </summary>
internal sealed class InboxInsert : IAsyncDisposable
{
    // Rows per statement: well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
    private const int RowsPerStatement = 100;

    private readonly DbConnection connection;
    private readonly Func<ValueTask> close;
    private readonly string onConflict;
    // A statement for each number of rows met so far, kept with its parameters.
    private readonly Dictionary<int, DbCommand> statements = [];
    private DbCommand? forget;

    /// <param name="skipStored">Whether the table has the unique event id that rows already stored are skipped by.</param>
    public InboxInsert(DbConnection connection, InboxColumns columns, Func<ValueTask> close, bool skipStored)
    {
        this.connection = connection;
        Columns = columns;
        this.close = close;
        onConflict = skipStored ? $" ON CONFLICT ({columns.EventId}) DO NOTHING" : "";
    }

    /// <summary>An insert into the inbox table of the bot's database.</summary>
    public static async Task<InboxInsert> OpenAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();

            // Opened through EF, so the connection gets the same set-up as every other.
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new InboxInsert(db.Database.GetDbConnection(), InboxColumns.Of(db), async () =>
            {
                await db.Database.CloseConnectionAsync();
                await scope.DisposeAsync();
            },
            skipStored: true);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    public InboxColumns Columns { get; }

    /// <summary>
    /// Inserts rows of <see cref="InboxColumns.RowOf"/> values in one transaction, skipping any whose event id is stored
    /// already where the table has that unique id, and in the same transaction deletes the rows up to id
    /// <paramref name="forgetUpTo"/> (0: none); returns how many rows were stored.
    /// </summary>
    public async Task<int> InsertNewAsync(IReadOnlyList<object[]> rows, long forgetUpTo, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (forgetUpTo > 0)
        {
            forget ??= Forget();
            forget.Transaction = transaction;
            forget.Parameters[0].Value = forgetUpTo;
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = 0;
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var statement = Statement(chunk.Length);
            statement.Transaction = transaction;
            var parameter = 0;
            foreach (var row in chunk)
            {
                foreach (var value in row)
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

        var width = Columns.Names.Count;
        var values = Enumerable.Range(0, rows)
            .Select(row => "(" + string.Join(", ", Enumerable.Range(row * width, width).Select(i => "@p" + i)) + ")");
        statement = Command(
            $"INSERT INTO {Columns.Table} ({string.Join(", ", Columns.Names)}) VALUES {string.Join(", ", values)}{onConflict}",
            rows * width);
        statements.Add(rows, statement);
        return statement;
    }

    private DbCommand Forget() => Command($"DELETE FROM {Columns.Table} WHERE {Columns.Id} <= @p0", 1);

    private DbCommand Command(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in statements.Values.Append(forget).OfType<DbCommand>())
        {
            await statement.DisposeAsync();
        }

        await close();
    }
}
