using ItaBot.Bot.Line.Inbox;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Handling steps aside for webhook requests waiting on the inbox, but never stops for good.</summary>
public class IngestPressureTests
{
    [Fact]
    public async Task With_no_request_waiting_handling_goes_on_at_once()
    {
        var pressure = new IngestPressure();

        var yielding = pressure.YieldAsync(CancellationToken.None);

        Assert.True(yielding.IsCompleted);
        await yielding;
    }

    [Fact]
    public async Task Handling_waits_while_a_request_waits_and_goes_on_when_it_is_answered()
    {
        var pressure = new IngestPressure();
        pressure.Enter();

        var yielding = pressure.YieldAsync(CancellationToken.None);
        Assert.False(yielding.IsCompleted);
        pressure.Leave();

        await yielding.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, pressure.Waiting);
    }

    [Fact]
    public async Task Under_requests_that_never_stop_handling_still_goes_on()
    {
        var pressure = new IngestPressure();
        pressure.Enter();

        await pressure.YieldAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, pressure.Waiting);
    }
}
