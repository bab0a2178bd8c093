namespace ItaBot.Bot.Tests.Support;

/// <summary>The one way the tests wait: on a fact, read again every few milliseconds until it holds.</summary>
public static class Eventually
{
    private static readonly TimeSpan Usual = TimeSpan.FromSeconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds, at most <paramref name="limit"/> (20 s), saying what it saw last if not.</summary>
    public static async Task<T> Async<T>(Func<Task<T>> read, Func<T, bool> condition, Func<T, string> describe, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? Usual);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < until, $"not within {(limit ?? Usual).TotalSeconds:0} seconds: " + describe(value));
            await Task.Delay(20);
        }
    }
}
