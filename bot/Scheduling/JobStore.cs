using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using ItaBot.Bot.Hosting;
using ItaBot.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLite;

namespace ItaBot.Bot.Scheduling;

/// <summary>
/// Where Hangfire keeps its schedule, queue and history, for the server and for <c>jobs list</c> alike. On SQLite a file
/// of its own beside the bot's (<c>itabot.db</c> → <c>itabot.hangfire.db</c>), so its polling never waits for the
/// domain's write lock nor holds it; on PostgreSQL the bot's own database, schema <c>hangfire</c>.
/// </summary>
internal static class JobStore
{
    public static JobStorage Open(IServiceProvider services)
    {
        var poll = services.GetRequiredService<IOptions<JobOptions>>().Value.PollInterval;
        var connectionString = CoreServices.ConnectionString(services);
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres)
        {
            // Long polling: a job enqueued is taken at once (LISTEN/NOTIFY), not at the next poll.
            var options = new PostgreSqlStorageOptions { EnableLongPolling = true, UseSlidingInvisibilityTimeout = true, QueuePollInterval = poll };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }

        var file = FileBeside(connectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);

        // Serialized (FullMutex) rather than the storage's default NoMutex: a lock's heartbeat timer writes on the
        // connection of the code holding the lock, from another thread.
        return new SQLiteStorage(
            new SQLiteDbConnectionFactory(() => new SQLiteConnection(
                file, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: true)
            {
                BusyTimeout = TimeSpan.FromSeconds(10),
            }),
            new SQLiteStorageOptions { QueuePollInterval = poll });
    }

    /// <summary>The scheduler's file for the bot's SQLite database: the same name, ending <c>.hangfire.db</c>.</summary>
    public static string FileBeside(string sqliteConnectionString) =>
        Path.ChangeExtension(new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource, ".hangfire.db");
}
