using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Bot.Hosting;

/// <summary>
/// With write-ahead logging, <c>synchronous=NORMAL</c> makes a commit reach the operating system, not the disk: a
/// commit survives the bot's process crashing or being killed, and only a power cut or kernel crash in the last
/// moments could undo it. It spares a disk flush per commit, which is what the webhook and the outbox mostly wait on.
/// SQLite keeps this setting per connection, so it is set on each open.
/// The busy timeout lets SQLite itself wait, in steps of a few milliseconds, for another writer to finish; without it
/// the driver's own retry sleeps 150 ms at a time, which is what a burst of webhook calls would see.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragma = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
