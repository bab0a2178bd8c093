using ItaBot.Bot.Cli;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// A SQLite file path of the test's own, in a folder that does not exist yet, with room beside it for the test's
/// other files; all removed afterwards.
/// </summary>
public sealed class TempDatabaseFile : TestDatabase
{
    // Made on another thread: the tests' own synchronization context would wait on itself.
    private static readonly Lazy<byte[]> Initialized = new(() => Task.Run(InitializeAsync).GetAwaiter().GetResult());

    /// <summary>A day in ปีงบประมาณ 2568 after the demo plan's last sample update (12 Apr 2025).</summary>
    public static readonly DateTimeOffset DemoPlanDay = new(2025, 4, 15, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"itabot-test-{Guid.NewGuid():N}");

    /// <summary>
    /// A database file as the bot's first start leaves it — migrated, with the demo plan — on a day of ปีงบประมาณ 2568
    /// after its last sample update, so the plan is the seed's own, dates and all, whatever today is.
    /// </summary>
    public static TempDatabaseFile Prepared()
    {
        var database = new TempDatabaseFile();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(database.Path)!);
        File.WriteAllBytes(database.Path, Initialized.Value);
        return database;
    }

    private static async Task<byte[]> InitializeAsync()
    {
        using var database = new TempDatabaseFile();
        await InitializeOnDemoPlanDayAsync(database);

        // One file with everything in it, the write-ahead log folded in.
        var copy = database.Path + ".copy";
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = $"VACUUM INTO '{copy}'";
            await vacuum.ExecuteNonQueryAsync();
        }

        return await File.ReadAllBytesAsync(copy);
    }

    /// <summary>Migrates <paramref name="database"/> and loads the demo plan as a first start on <see cref="DemoPlanDay"/> would.</summary>
    public static async Task InitializeOnDemoPlanDayAsync(TestDatabase database)
    {
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, IsInteractive: false) { Settings = database.Settings };
        using var host = ConsoleHost.Build(terminal, builder => builder.Services.AddSingleton<TimeProvider>(new ShiftedTime(DemoPlanDay)));
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);
    }

    public string Path => System.IO.Path.Combine(directory, "data", "itabot.db");

    public override string ConnectionString => $"Data Source={Path}";

    protected override string Provider => "Sqlite";

    public override ItaBotDbContext NewContext() => new(new DbContextOptionsBuilder<ItaBotDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<string> WriteFileAsync(string name, string content)
    {
        Directory.CreateDirectory(directory);
        var file = System.IO.Path.Combine(directory, name);
        await File.WriteAllTextAsync(file, content);
        return file;
    }

    protected override void Remove()
    {
        // Its own pool only: clearing every pool would close the connections of the tests running beside it.
        using (var own = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(own);
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
