using ItaBot.Bot.Cards;

namespace ItaBot.Bot.Dialogs;

/// <summary>
/// One question of a waterfall: how to ask it, what to make of the answer (changing the state in place), whether it
/// applies to this state at all, and what to say when the person asks for help.
/// </summary>
public sealed record WaterfallStep<TState>(
    string Name,
    Func<TState, CancellationToken, Task<Reply>> AskAsync,
    Func<TState, TurnInput, CancellationToken, Task<StepOutcome>> AcceptAsync)
{
    public Func<TState, bool> When { get; init; } = _ => true;

    public string? Help { get; init; }
}

public static class WaterfallStep
{
    /// <summary>A step whose question and answer need no I/O.</summary>
    public static WaterfallStep<TState> Of<TState>(string name, Func<TState, Reply> ask, Func<TState, TurnInput, StepOutcome> accept) =>
        new(name, (state, _) => Task.FromResult(ask(state)), (state, input, _) => Task.FromResult(accept(state, input)));
}
