using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// A SQLite file path of the test's own, in a folder that does not exist yet, with room beside it for the test's
/// other files; all removed afterwards.
/// </summary>
public sealed class TempDatabaseFile : TestDatabase
{
    private readonly string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"itabot-test-{Guid.NewGuid():N}");

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
