namespace ItaBot.Bot.Tests.Support;

/// <summary>A clock that runs as usual but started at <paramref name="start"/>: the bot lives on a chosen day.</summary>
public sealed class ShiftedTime(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
