using System.Diagnostics;
using System.Globalization;

namespace ItaBot.Benchmarks;

/// <summary>
/// Where a run keeps its SQLite files: a folder named after its process. A run stopped with Ctrl-C or killed leaves its
/// folder behind, a database and a write-ahead log that can reach gigabytes, so each run first removes those of runs
/// that have ended.
/// </summary>
internal static class BenchFolder
{
    public static DirectoryInfo Create()
    {
        var parent = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "itabot-bench"));
        foreach (var left in parent.EnumerateDirectories())
        {
            if (!int.TryParse(left.Name, CultureInfo.InvariantCulture, out var process) || !IsRunning(process))
            {
                left.Delete(recursive: true);
            }
        }

        return parent.CreateSubdirectory(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
