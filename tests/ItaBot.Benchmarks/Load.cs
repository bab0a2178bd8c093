using System.Diagnostics;

namespace ItaBot.Benchmarks;

/// <summary>Sends requests from in-process workers: a number as fast as they go (closed loop) or at a fixed rate (open loop).</summary>
internal static class Load
{
    public sealed record Result(int Requests, int Failures, TimeSpan Elapsed, Latencies Latencies)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;
    }

    /// <summary><paramref name="workers"/> loops sending <paramref name="count"/> requests in all, each its next when the last is answered.</summary>
    public static async Task<Result> CountAsync(HttpClient http, Func<int, HttpRequestMessage> request, int workers, int count)
    {
        var latencies = new double[count];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request(i));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        return new Result(count, failures, clock.Elapsed, new Latencies(latencies));
    }

    /// <summary>Requests started at a fixed rate whatever the answers do, so a slow answer cannot hide the queue behind it.</summary>
    public static async Task<Result> OpenAsync(HttpClient http, Func<int, HttpRequestMessage> request, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var sends = new Task[total];
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            while (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed > TimeSpan.FromMilliseconds(2) ? 1 : 0);
            }

            var index = i;
            sends[i] = Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request(index));
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            });
        }

        await Task.WhenAll(sends);
        return new Result(total, failures, clock.Elapsed, new Latencies(latencies));
    }
}
