namespace ItaBot.Bot.Tests.Support;

/// <summary>Files in <c>shared/</c>, beside the repository (or above the test's output folder).</summary>
public static class SharedFiles
{
    public static string Find(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine([directory.FullName, "shared", .. parts]);
            if (File.Exists(file))
            {
                return file;
            }
        }

        throw new FileNotFoundException($"shared/{string.Join('/', parts)} was not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The text of the seed document whose name starts with <paramref name="prefix"/> ("003_").</summary>
    public static string Seed(string prefix)
    {
        var seeds = Path.Combine(Path.GetDirectoryName(Find("DESIGN.md"))!, "seeds");
        return File.ReadAllText(Directory.GetFiles(seeds, prefix + "*").Single());
    }
}
