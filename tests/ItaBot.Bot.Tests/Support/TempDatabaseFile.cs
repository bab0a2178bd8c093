using Microsoft.Data.Sqlite;

namespace ItaBot.Bot.Tests.Support;

/// <summary>A SQLite file path of the test's own, in a folder that does not exist yet; removed afterwards.</summary>
public sealed class TempDatabaseFile : IDisposable
{
    private readonly string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"itabot-test-{Guid.NewGuid():N}");

    public string Path => System.IO.Path.Combine(directory, "data", "itabot.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
