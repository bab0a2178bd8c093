using ItaBot.Bot.Cards;

namespace ItaBot.Bot.Dialogs;

/// <summary>What a dialog did with a turn.</summary>
public abstract record DialogOutcome
{
    private DialogOutcome()
    {
    }

    /// <summary>Asked a question and waits for the answer.</summary>
    public sealed record Waiting(Reply Prompt) : DialogOutcome;

    /// <summary>Done: the dialog leaves the stack; its parent, if any, resumes with <paramref name="Result"/>.</summary>
    public sealed record Ended(Reply? Reply, string? Result = null) : DialogOutcome;

    /// <summary>Starts another dialog on top of this one; this one resumes when it ends.</summary>
    public sealed record BeginChild(string Dialog, string? Args) : DialogOutcome;
}
