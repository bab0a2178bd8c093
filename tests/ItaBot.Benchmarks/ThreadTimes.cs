using System.Diagnostics;
using System.Globalization;

namespace ItaBot.Benchmarks;

/// <summary>
/// Processor time by thread name, read from Linux's <c>/proc/self/task</c>: the load generator, the webhook, the
/// handling and the fake LINE share one process and two cores, so a run's rate alone cannot say which of them took the
/// processor. Elsewhere it reads nothing and describes nothing.
/// </summary>
internal sealed class ThreadTimes
{
    private const double TicksPerSecond = 100;
    // Per thread id: its name and the processor time it has used.
    private readonly Dictionary<string, (string Name, double Seconds)> threads;
    private readonly long startedAt;

    private ThreadTimes(Dictionary<string, (string Name, double Seconds)> threads, long startedAt)
    {
        this.threads = threads;
        this.startedAt = startedAt;
    }

    public static ThreadTimes Now()
    {
        var threads = new Dictionary<string, (string Name, double Seconds)>();
        var startedAt = Stopwatch.GetTimestamp();
        if (!Directory.Exists("/proc/self/task"))
        {
            return new ThreadTimes(threads, startedAt);
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended meanwhile
            }

            // "tid (name) state ppid …": the name may hold spaces; utime and stime are the 12th and 13th fields after it.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            var used = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            threads[Path.GetFileName(task)] = (stat[(open + 1)..close], used);
        }

        return new ThreadTimes(threads, startedAt);
    }

    /// <summary>Where the processor went since <paramref name="before"/>, busiest first, and how much of it stayed idle.</summary>
    public string Since(ThreadTimes before)
    {
        if (threads.Count == 0)
        {
            return "not measured here (Linux only)";
        }

        // A thread that ended during the run is missing from both ends' sums, so idle is an upper bound.
        var available = Stopwatch.GetElapsedTime(before.startedAt, startedAt).TotalSeconds * Environment.ProcessorCount;
        var used = threads
            .Select(t => (t.Value.Name, Seconds: t.Value.Seconds - (before.threads.TryGetValue(t.Key, out var was) ? was.Seconds : 0)))
            .GroupBy(t => t.Name, (name, group) => (Name: name, Seconds: group.Sum(t => t.Seconds)))
            .Where(s => s.Seconds >= 0.05).OrderByDescending(s => s.Seconds).ToList();
        var idle = available - used.Sum(s => s.Seconds);
        return string.Join(", ", used.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.0} s")))
            + string.Create(CultureInfo.InvariantCulture, $"; idle {Math.Max(0, idle):0.0} of {available:0.0} s");
    }
}
