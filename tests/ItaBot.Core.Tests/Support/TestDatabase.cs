using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Core.Tests.Support;

/// <summary>A real, migrated SQLite file of the test's own, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"itabot-test-{Guid.NewGuid():N}.db");

    private TestDatabase()
    {
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context of the test's own, with any interceptors a test needs to step in between its commands.</summary>
    public ItaBotDbContext Open(params IInterceptor[] interceptors) => new(new DbContextOptionsBuilder<ItaBotDbContext>()
        .UseSqlite($"Data Source={file}", sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
        .AddInterceptors(interceptors)
        .Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return ValueTask.CompletedTask;
    }
}
