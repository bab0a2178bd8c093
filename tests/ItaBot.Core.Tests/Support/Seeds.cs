using System.Text.RegularExpressions;

namespace ItaBot.Core.Tests.Support;

/// <summary>The real documents in shared/seeds, beside the repository.</summary>
public static partial class Seeds
{
    public static string DemoPlanReport => Normalize(File.ReadAllText(Find("003_")));

    /// <summary>Drops the report's HTML remnants and folds white space, so that wording can be compared.</summary>
    public static string Normalize(string text) => Spaces().Replace(Tags().Replace(text, " "), " ").Trim();

    private static string Find(string prefix)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return Directory.GetFiles(seeds, prefix + "*").Single();
            }
        }

        throw new DirectoryNotFoundException("shared/seeds was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
