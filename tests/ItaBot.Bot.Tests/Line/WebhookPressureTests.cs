using ItaBot.Bot.Line.Inbox;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Line;

/// <summary>While webhook calls queue up, the handling slows to a walk; otherwise it never waits.</summary>
public class WebhookPressureTests
{
    [Fact]
    public void Below_saturation_the_handling_goes_on_at_once()
    {
        var timers = new ManualTimers();
        var pressure = new WebhookPressure(timers);
        var calls = Enumerable.Range(0, WebhookPressure.SaturatedAt - 1).Select(_ => pressure.Wait()).ToList();

        Assert.True(pressure.GiveWayAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.Empty(timers.Requested);
        calls.ForEach(call => call.Dispose());
    }

    [Fact]
    public async Task While_saturated_each_event_waits_one_pause_and_then_goes_on()
    {
        var timers = new ManualTimers();
        var pressure = new WebhookPressure(timers);
        var calls = Enumerable.Range(0, WebhookPressure.SaturatedAt).Select(_ => pressure.Wait()).ToList();

        var giveWay = pressure.GiveWayAsync(CancellationToken.None);

        Assert.False(giveWay.IsCompleted);
        Assert.Equal([WebhookPressure.Pause], timers.Requested);
        timers.FireAll();
        await giveWay.WaitAsync(TimeSpan.FromSeconds(10));

        // The calls answered: no more pauses.
        calls.ForEach(call => call.Dispose());
        Assert.Equal(0, pressure.Waiting);
        Assert.True(pressure.GiveWayAsync(CancellationToken.None).IsCompletedSuccessfully);
    }
}
