using System.Data.Common;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// The inbox's one statement, an insert of many events at once that skips event ids already stored, on a connection the
/// writer keeps open. This is the webhook's hot path: opening a connection, setting it up and preparing the statement
/// for every commit cost more than the rows, and on PostgreSQL each statement is a round trip to the server, so a
/// commit sends one statement per hundred events rather than one per event. Plain SQL rather than change tracking;
/// names and stored forms come from the EF model, so the statement is right for whichever provider the model is for.
/// </summary>
internal sealed class InboxInsert : IAsyncDisposable
{
    // Rows per statement: well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
    private const int RowsPerStatement = 100;

    private static readonly string[] InsertedColumns =
    [
        nameof(InboxEvent.EventId), nameof(InboxEvent.Type), nameof(InboxEvent.ChatId), nameof(InboxEvent.Timestamp),
        nameof(InboxEvent.IsRedelivery), nameof(InboxEvent.Payload), nameof(InboxEvent.ReceivedAt), nameof(InboxEvent.Status),
        nameof(InboxEvent.Attempts),
    ];

    private readonly AsyncServiceScope scope;
    private readonly ItaBotDbContext db;
    private readonly DbConnection connection;
    private readonly string insertInto;
    private readonly string skipStored;
    // How to read each column's stored value off an event, worked out once from the model.
    private readonly List<Func<InboxEvent, object>> columns;
    // A statement for each number of rows met so far, kept with its parameters.
    private readonly Dictionary<int, DbCommand> statements = [];

    private InboxInsert(AsyncServiceScope scope, ItaBotDbContext db, string insertInto, string skipStored, List<Func<InboxEvent, object>> columns)
    {
        this.scope = scope;
        this.db = db;
        connection = db.Database.GetDbConnection();
        this.insertInto = insertInto;
        this.skipStored = skipStored;
        this.columns = columns;
    }

    public static async Task<InboxInsert> OpenAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            var entity = db.Model.FindEntityType(typeof(InboxEvent))!;
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
            var inserted = InsertedColumns.Select(name => entity.FindProperty(name)!).ToList();

            // Opened through EF, so the connection gets the same set-up as every other.
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new InboxInsert(
                scope,
                db,
                $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ({string.Join(", ", inserted.Select(Column))}) VALUES ",
                $" ON CONFLICT ({Column(entity.FindProperty(nameof(InboxEvent.EventId))!)}) DO NOTHING",
                inserted.Select(StoredValue).ToList());
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Inserts the events in one transaction, skipping any whose id is stored already; returns how many were new.</summary>
    public async Task<int> InsertNewAsync(IReadOnlyList<InboxEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = 0;
        foreach (var rows in events.Chunk(RowsPerStatement))
        {
            var statement = Statement(rows.Length);
            statement.Transaction = transaction;
            var parameter = 0;
            foreach (var e in rows)
            {
                foreach (var read in columns)
                {
                    statement.Parameters[parameter++].Value = read(e);
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

        statement = connection.CreateCommand();
        var values = Enumerable.Range(0, rows)
            .Select(row => "(" + string.Join(", ", columns.Select((_, column) => "@p" + (row * columns.Count + column))) + ")");
        statement.CommandText = insertInto + string.Join(", ", values) + skipStored;
        for (var i = 0; i < rows * columns.Count; i++)
        {
            var parameter = statement.CreateParameter();
            parameter.ParameterName = "@p" + i;
            statement.Parameters.Add(parameter);
        }

        statements.Add(rows, statement);
        return statement;
    }

    private static Func<InboxEvent, object> StoredValue(IProperty column)
    {
        // EF's compiled getter: reading through reflection cost more than binding the value.
        var getter = column.GetGetter();
        var converter = column.GetTypeMapping().Converter;
        return e =>
        {
            var value = getter.GetClrValueUsingContainingEntity(e);
            return converter?.ConvertToProvider(value) ?? value ?? DBNull.Value;
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in statements.Values)
        {
            await statement.DisposeAsync();
        }

        await db.Database.CloseConnectionAsync();
        await scope.DisposeAsync();
    }
}
