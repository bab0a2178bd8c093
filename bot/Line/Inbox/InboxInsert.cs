using System.Data.Common;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// The inbox's one statement, an insert that skips event ids already stored, on a connection the writer keeps open.
/// This is the webhook's hot path: opening a connection, setting it up and preparing the statement for every commit
/// cost more than the rows. Plain SQL rather than change tracking; names and stored forms come from the EF model, so
/// the statement is right for whichever provider the model is built for.
/// </summary>
internal sealed class InboxInsert : IAsyncDisposable
{
    private static readonly string[] InsertedColumns =
    [
        nameof(InboxEvent.EventId), nameof(InboxEvent.Type), nameof(InboxEvent.ChatId), nameof(InboxEvent.Timestamp),
        nameof(InboxEvent.IsRedelivery), nameof(InboxEvent.Payload), nameof(InboxEvent.ReceivedAt), nameof(InboxEvent.Status),
        nameof(InboxEvent.Attempts),
    ];

    private readonly AsyncServiceScope scope;
    private readonly ItaBotDbContext db;
    private readonly DbConnection connection;
    private readonly DbCommand command;
    // Each parameter with how to read its stored value off an event, worked out once from the model.
    private readonly List<(Func<InboxEvent, object> Read, DbParameter Parameter)> parameters;

    private InboxInsert(AsyncServiceScope scope, ItaBotDbContext db, DbCommand command, List<(Func<InboxEvent, object>, DbParameter)> parameters)
    {
        this.scope = scope;
        this.db = db;
        connection = db.Database.GetDbConnection();
        this.command = command;
        this.parameters = parameters;
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
            var columns = InsertedColumns.Select(name => entity.FindProperty(name)!).ToList();

            // Opened through EF, so the connection gets the same set-up as every other.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} " +
                $"({string.Join(", ", columns.Select(Column))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) " +
                $"ON CONFLICT ({Column(entity.FindProperty(nameof(InboxEvent.EventId))!)}) DO NOTHING";
            var parameters = columns.Select((column, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                command.Parameters.Add(parameter);
                return (StoredValue(column), parameter);
            }).ToList();
            return new InboxInsert(scope, db, command, parameters);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Inserts the events in one transaction, skipping any whose id is stored already; returns how many were new.</summary>
    public async Task<int> InsertNewAsync(IEnumerable<InboxEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        command.Transaction = transaction;
        var stored = 0;
        foreach (var e in events)
        {
            foreach (var (read, parameter) in parameters)
            {
                parameter.Value = read(e);
            }

            stored += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
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
        await command.DisposeAsync();
        await db.Database.CloseConnectionAsync();
        await scope.DisposeAsync();
    }
}
