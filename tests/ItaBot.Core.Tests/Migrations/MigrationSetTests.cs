using ItaBot.Core.Persistence;
using ItaBot.Core.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Tests.Migrations;

/// <summary>
/// Each provider has its own migration set; a change to the model needs a migration in both, or one of them would
/// build a database the code does not match. Comparing the model with each set's snapshot needs no server.
/// </summary>
public sealed class MigrationSetTests : IDisposable
{
    private readonly ItaBotDbContext sqlite = new(new DbContextOptionsBuilder<ItaBotDbContext>().UseSqlite("Data Source=:memory:").Options);
    private readonly PostgresDbContext postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void Both_migration_sets_match_the_model()
    {
        Assert.False(sqlite.Database.HasPendingModelChanges(), "the SQLite set lacks a migration: see the README, Changing the database");
        Assert.False(postgres.Database.HasPendingModelChanges(), "the PostgreSQL set lacks a migration: see the README, Changing the database");
    }

    [Fact]
    public void Each_provider_applies_only_its_own_set()
    {
        var sqliteSet = sqlite.Database.GetMigrations().ToList();
        var postgresSet = postgres.Database.GetMigrations().ToList();

        Assert.Contains("20261122215338_InitialPlansAndMeasures", sqliteSet);
        Assert.Contains("20261123015433_InitialPostgres", postgresSet);
        Assert.Empty(sqliteSet.Intersect(postgresSet));
    }

    public void Dispose()
    {
        sqlite.Dispose();
        postgres.Dispose();
    }
}
