using ItaBot.Core.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ItaBot.Bot.Tests.Support;

/// <summary>A database of the test's own on the PostgreSQL server <see cref="PostgresServer"/> names, dropped afterwards.</summary>
public sealed class TempPostgresDatabase : TestDatabase
{
    private readonly string name = $"itabot_test_{Guid.NewGuid():N}";

    public TempPostgresDatabase()
    {
        using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        server.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name }.ConnectionString;
    }

    public override string ConnectionString { get; }

    protected override string Provider => "Postgres";

    public override PostgresDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(ConnectionString).Options);

    protected override void Remove()
    {
        using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        // WITH (FORCE): a bot process the test killed may not have closed its connections yet.
        using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }
}
