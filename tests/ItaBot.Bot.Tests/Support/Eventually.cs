namespace ItaBot.Bot.Tests.Support;

public static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> holds, at most 20 seconds, saying what it saw last if not.</summary>
    public static async Task<T> Async<T>(Func<Task<T>> read, Func<T, bool> condition, Func<T, string> describe)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < until, "not within 20 seconds: " + describe(value));
            await Task.Delay(25);
        }
    }
}
