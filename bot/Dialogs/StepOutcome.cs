namespace ItaBot.Bot.Dialogs;

/// <summary>What a waterfall step made of the answer to its question.</summary>
public abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    public static readonly StepOutcome Next = new NextStep();

    public static readonly StepOutcome Finish = new FinishNow();

    /// <summary>Not an answer to the question: say why, and ask again.</summary>
    public static StepOutcome Retry(string problem) => new AskAgain(problem, Missed: true);

    /// <summary>Taken, but the question goes on (another photo may follow): say what was taken, and ask again.</summary>
    public static StepOutcome Stay(string said) => new AskAgain(said, Missed: false);

    /// <summary>Back (or on) to the named step, e.g. "แก้ไข" at the summary.</summary>
    public static StepOutcome GoTo(string step) => new GoToStep(step);

    public static StepOutcome Begin(string dialog, string? args) => new BeginDialog(dialog, args);

    public sealed record NextStep : StepOutcome;

    public sealed record FinishNow : StepOutcome;

    public sealed record AskAgain(string Said, bool Missed) : StepOutcome;

    public sealed record GoToStep(string Step) : StepOutcome;

    public sealed record BeginDialog(string Dialog, string? Args) : StepOutcome;
}
