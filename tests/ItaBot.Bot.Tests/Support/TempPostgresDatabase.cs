using ItaBot.Core.Persistence.Postgres;
using ItaBot.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Support;

/// <summary>A database of the test's own on the PostgreSQL server <see cref="PostgresServer"/> names, dropped afterwards.</summary>
public sealed class TempPostgresDatabase : TestDatabase
{
    private readonly ScratchPostgresDatabase database = new(PostgresServer.ConnectionString, "itabot_test");

    public override string ConnectionString => database.ConnectionString;

    protected override string Provider => "Postgres";

    public override PostgresDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(ConnectionString).Options);

    protected override void Remove() => database.Dispose();
}
