namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>An answer read as a <typeparamref name="T"/>, or what is wrong with it, in words for the person.</summary>
public readonly record struct PromptResult<T>(T? Value, string? Problem)
{
    public bool IsValid => Problem is null;

    /// <summary>A valid answer is kept and the dialog moves on; an invalid one is asked again, saying why.</summary>
    public StepOutcome Then(Action<T> keep)
    {
        if (!IsValid)
        {
            return StepOutcome.Retry(Problem!);
        }

        keep(Value!);
        return StepOutcome.Next;
    }
}

public static class PromptResult
{
    public static PromptResult<T> Ok<T>(T value) => new(value, null);

    public static PromptResult<T> Invalid<T>(string problem) => new(default, problem);
}
