using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Tests.Support;

/// <summary>An empty database of the test's own, removed afterwards; a bot given its settings creates the tables.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract string ConnectionString { get; }

    /// <summary>What a bot needs to use this database: <c>ConnectionStrings:ItaBot</c> and <c>Database:Provider</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:ItaBot"] = ConnectionString,
        ["Database:Provider"] = Provider,
    };

    protected abstract string Provider { get; }

    /// <summary>A PostgreSQL database for a test class that is <see cref="IOnPostgres"/>, a SQLite file for any other.</summary>
    public static TestDatabase For(object test) => test is IOnPostgres ? new TempPostgresDatabase() : new TempDatabaseFile();

    /// <summary>
    /// The same, but already migrated with the demo plan loaded as the bot's first start leaves it on
    /// <see cref="TempDatabaseFile.DemoPlanDay"/> — the seed's own dates, whatever today is. On SQLite copied from one made
    /// once per test run, which spares each test the migrations and the import.
    /// </summary>
    public static TestDatabase Prepared(object test)
    {
        if (test is not IOnPostgres)
        {
            return TempDatabaseFile.Prepared();
        }

        var database = new TempPostgresDatabase();
        Task.Run(() => TempDatabaseFile.InitializeOnDemoPlanDayAsync(database)).GetAwaiter().GetResult();
        return database;
    }

    /// <summary>A context of the test's own on this database (after a bot has created its tables).</summary>
    public abstract ItaBotDbContext NewContext();

    public void Dispose()
    {
        Remove();
        GC.SuppressFinalize(this);
    }

    protected abstract void Remove();
}
