using ItaBot.Bot.Hosting;
using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace ItaBot.Bot.Line.Inbox;

/// <summary>
/// On SQLite, the webhook commits events to a database file of its own beside the bot's (<c>itabot.db</c> →
/// <c>itabot.inbox.db</c>), and <see cref="InboxMover"/> moves them into the inbox table in the background. SQLite lets
/// one writer at a time into a file: sharing the bot's file, each webhook commit waited for a handler's transaction,
/// and ingest stayed at a quarter of what the signature check alone allows. In the spool the webhook's writer is the
/// only one. An event is committed to the spool before LINE hears "received", so nothing accepted is lost. The spool
/// keeps every copy it is given; the inbox's unique event id drops a redelivery when it is moved, and makes a move that
/// was cut short and is redone add nothing. PostgreSQL needs none of this.
/// </summary>
public sealed class InboxSpool(string connectionString)
{
    /// <summary>Events were committed to the spool: wakes the mover.</summary>
    public WorkSignal Filled { get; } = new();

    /// <summary>The spool beside the bot's SQLite database file (that file's name with <c>.inbox</c> before its extension).</summary>
    public static InboxSpool Beside(string databaseConnectionString)
    {
        var settings = new SqliteConnectionStringBuilder(databaseConnectionString);
        var file = settings.DataSource;
        settings.DataSource = Path.Combine(
            Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + ".inbox" + Path.GetExtension(file));
        return new InboxSpool(settings.ConnectionString);
    }

    public string ConnectionString { get; } = connectionString;

    /// <summary>An insert into the spool on a connection of its own, the spool created first if it does not exist.</summary>
    internal async Task<InboxInsert> OpenInsertAsync(ItaBotDbContext db, CancellationToken cancellationToken)
    {
        var columns = InboxColumns.Of(db);
        var connection = await OpenAsync(columns, cancellationToken);
        return new InboxInsert(connection, columns, connection.DisposeAsync, skipStored: false);
    }

    /// <summary>Opens a connection, creating the spool if it does not exist.</summary>
    internal async Task<SqliteConnection> OpenAsync(InboxColumns columns, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();

            // The same table as the inbox's, with the columns a new event is stored with. AUTOINCREMENT: ids are never
            // reused once the moved rows are deleted, so "moved up to id N" stays true. No index on the event id: the
            // inbox's drops a redelivery when it is moved, and without one, storing and deleting touch one tree, not two.
            // Write-ahead logging, and the bot's own connection settings.
            var definitions = columns.Names.Zip(columns.StoreTypes, (name, type) => $"{name} {type} NOT NULL");
            command.CommandText = $"""
                PRAGMA journal_mode=WAL; {SqliteConnectionSettings.Pragma}
                CREATE TABLE IF NOT EXISTS {columns.Table} (
                    {columns.Id} INTEGER PRIMARY KEY AUTOINCREMENT, {string.Join(", ", definitions)})
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Up to <paramref name="count"/> events after id <paramref name="afterId"/>, oldest first: their ids, and their rows as <see cref="InboxColumns.RowOf"/> gives them.</summary>
    internal static async Task<(List<long> Ids, List<object[]> Rows)> ReadAsync(
        SqliteConnection connection, InboxColumns columns, long afterId, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {columns.Id}, {string.Join(", ", columns.Names)} FROM {columns.Table} WHERE {columns.Id} > $after ORDER BY {columns.Id} LIMIT $count";
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$count", count);
        var ids = new List<long>();
        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
            var row = new object[columns.Names.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetValue(i + 1);
            }

            rows.Add(row);
        }

        return (ids, rows);
    }
}
