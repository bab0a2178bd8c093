using ItaBot.Bot.Hosting;

namespace ItaBot.Bot.Tests.Line;

/// <summary>
/// One writer at a time, and the webhook's inbox before every other writer waiting: a commit LINE waits on never
/// waits behind more than the one write already under way.
/// </summary>
public class SqliteWriteGateTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task The_inbox_goes_ahead_of_ordinary_writers_that_were_waiting_before_it()
    {
        var gate = new SqliteWriteGate();
        var holding = await gate.EnterAsync(CancellationToken.None);
        var ordinary1 = gate.EnterAsync(CancellationToken.None);
        var ordinary2 = gate.EnterAsync(CancellationToken.None);
        var inbox = gate.EnterFirstAsync(CancellationToken.None);
        await Task.Delay(Settle);
        Assert.False(ordinary1.IsCompleted || ordinary2.IsCompleted || inbox.IsCompleted, "one writer at a time");

        holding.Dispose();
        var inboxHolding = await inbox.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(Settle);
        Assert.False(ordinary1.IsCompleted || ordinary2.IsCompleted, "the inbox holds the gate alone");

        inboxHolding.Dispose();
        (await ordinary1.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await ordinary2.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.True(gate.EnterAsync(CancellationToken.None).IsCompletedSuccessfully, "left open once everyone is done");
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_does_not_keep_the_gate_from_the_next()
    {
        var gate = new SqliteWriteGate();
        var holding = await gate.EnterAsync(CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var impatient = gate.EnterFirstAsync(giveUp.Token);
        var patient = gate.EnterAsync(CancellationToken.None);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.False(patient.IsCompleted);

        holding.Dispose();
        (await patient.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.True(gate.EnterFirstAsync(CancellationToken.None).IsCompletedSuccessfully, "left open once everyone is done");
    }

    [Fact]
    public async Task On_PostgreSQL_it_lets_every_writer_through()
    {
        var gate = new SqliteWriteGate(isActive: false);
        using var first = await gate.EnterAsync(CancellationToken.None);
        Assert.True(gate.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(gate.EnterFirstAsync(CancellationToken.None).IsCompletedSuccessfully);
    }
}
