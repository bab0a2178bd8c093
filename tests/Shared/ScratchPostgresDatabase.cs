using Npgsql;

namespace ItaBot.Tests.Shared;

/// <summary>
/// A database of its own on a PostgreSQL server, for one test or benchmark run, dropped at the end even while
/// sessions are still in it. Compiled into both the tests and the benchmark.
/// </summary>
internal sealed class ScratchPostgresDatabase : IDisposable
{
    private readonly string server;
    private readonly string name;

    /// <param name="server">A connection string whose role may create databases.</param>
    /// <param name="prefix">What the database's name starts with, so a leftover says who made it.</param>
    public ScratchPostgresDatabase(string server, string prefix)
    {
        this.server = server;
        name = $"{prefix}_{Guid.NewGuid():N}";
        Run($"CREATE DATABASE \"{name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        // A bot process the run killed may not have closed its connections: end the sessions of our own role, waiting
        // up to 5 s for each. Not DROP ... WITH (FORCE): it refuses when an autovacuum worker is in the database (the
        // worker belongs to no role), where a plain DROP stops the worker itself.
        Run($"""
            SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
            WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()
            """);
        Run($"DROP DATABASE IF EXISTS \"{name}\"");
    }

    private void Run(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
