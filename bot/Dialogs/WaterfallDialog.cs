using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ItaBot.Bot.Cards;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs;

/// <summary>
/// A dialog that asks its questions in order, skipping those that do not apply, re-asking when an answer does not fit,
/// and finishing when the last is answered. What it has collected is a <typeparamref name="TState"/> kept as JSON in
/// the frame, so it survives a restart.
/// </summary>
public abstract class WaterfallDialog<TState>(JsonTypeInfo<TState> stateJson) : IDialog
    where TState : class
{
    private const string DefaultHelp = "ตอบคำถามด้านบนได้เลยค่ะ หรือพิมพ์ \"ยกเลิก\" เพื่อออกโดยไม่บันทึก";

    /// <summary>Answers in a row that do not fit, after which the question comes with its help and a way out.</summary>
    public const int MissesBeforeHelp = 3;

    // LINE shows at most 13 quick replies; the last is the way out.
    private const int MaxChoicesWithWayOut = 12;

    public abstract string Id { get; }

    public abstract string Title { get; }

    /// <summary>
    /// Raise it when the steps or the state change in a way a dialog saved by the previous release cannot follow
    /// (a step's meaning changed under the same name, a field of the state changed type). Removed or renamed steps are
    /// noticed without it.
    /// </summary>
    protected virtual int Version => 1;

    public virtual IReadOnlyCollection<Role> AllowedRoles => Enum.GetValues<Role>();

    protected abstract IReadOnlyList<WaterfallStep<TState>> Steps { get; }

    /// <summary>Checks the dialog may start and sets up its state; a reply instead means it does not start.</summary>
    protected abstract Task<(TState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken);

    /// <summary>A start with nothing to check: for dialogs anyone may begin at any time.</summary>
    protected static Task<(TState? State, Reply? Refusal)> Begin(TState state) => Task.FromResult<(TState?, Reply?)>((state, null));

    /// <summary>Every question answered: do the work, and say what was done.</summary>
    protected abstract Task<DialogOutcome> FinishAsync(TState state, Member sender, CancellationToken cancellationToken);

    /// <summary>A child dialog begun by a step has ended; by default this dialog ends with it.</summary>
    protected virtual Task<DialogOutcome> ResumeAsync(TState state, string atStep, string? result, CancellationToken cancellationToken) =>
        Task.FromResult<DialogOutcome>(new DialogOutcome.Ended(null, result));

    public bool CanContinue(DialogFrame frame) => frame.Version == Version && Steps.Any(s => s.Name == frame.Step);

    public async Task<DialogOutcome> BeginAsync(DialogFrame frame, Member sender, string? args, CancellationToken cancellationToken)
    {
        frame.Version = Version;
        var (state, refusal) = await StartAsync(sender, args, cancellationToken);
        return state is null
            ? new DialogOutcome.Ended(refusal)
            : await AdvanceAsync(frame, state, 0, sender, cancellationToken);
    }

    public async Task<DialogOutcome> ContinueAsync(DialogFrame frame, Member sender, TurnInput input, CancellationToken cancellationToken)
    {
        var state = Read(frame);
        var at = IndexOf(frame.Step);
        var step = Steps[at];
        var outcome = await step.AcceptAsync(state, input, cancellationToken);
        switch (outcome)
        {
            case StepOutcome.AskAgain again:
                frame.Misses = again.Missed ? frame.Misses + 1 : 0;
                Write(frame, state);
                var question = await step.AskAsync(state, cancellationToken);
                return new DialogOutcome.Waiting(frame.Misses >= MissesBeforeHelp
                    ? WithWayOut(question, again.Said, step)
                    : question with { Messages = [new TextMessage(again.Said), .. question.Messages] });
            case StepOutcome.GoToStep go:
                return await AdvanceAsync(frame, state, IndexOf(go.Step), sender, cancellationToken);
            case StepOutcome.FinishNow:
                return await FinishAsync(state, sender, cancellationToken);
            case StepOutcome.BeginDialog begin:
                Write(frame, state);
                return new DialogOutcome.BeginChild(begin.Dialog, begin.Args);
            default:
                return await AdvanceAsync(frame, state, at + 1, sender, cancellationToken);
        }
    }

    public Task<DialogOutcome> ResumeAsync(DialogFrame frame, Member sender, string? result, CancellationToken cancellationToken) =>
        ResumeAsync(Read(frame), frame.Step, result, cancellationToken);

    public async Task<IReadOnlyList<Choice>> OfferedAsync(DialogFrame frame, CancellationToken cancellationToken) =>
        (await Steps[IndexOf(frame.Step)].AskAsync(Read(frame), cancellationToken)).Choices;

    public async Task<Reply> HelpAsync(DialogFrame frame, Member sender, CancellationToken cancellationToken)
    {
        var step = Steps[IndexOf(frame.Step)];
        var question = await step.AskAsync(Read(frame), cancellationToken);
        return question with { Messages = [new TextMessage(HelpOf(step)), .. question.Messages] };
    }

    private static string HelpOf(WaterfallStep<TState> step) => (step.Help is null ? "" : step.Help + "\n") + DefaultHelp;

    /// <summary>
    /// The question again after several answers that did not fit: what was wrong, what the question means, and
    /// ยกเลิก among the buttons, so that nobody is asked the same thing forever.
    /// </summary>
    private static Reply WithWayOut(Reply question, string problem, WaterfallStep<TState> step) => new(
        [new TextMessage(problem + "\n" + HelpOf(step)), .. question.Messages],
        [.. question.Choices.Where(c => !DialogWords.IsCancel(c.Text)).Take(MaxChoicesWithWayOut), Choice.Of(DialogWords.CancelWord)]);

    private async Task<DialogOutcome> AdvanceAsync(DialogFrame frame, TState state, int from, Member sender, CancellationToken cancellationToken)
    {
        for (var i = from; i < Steps.Count; i++)
        {
            if (Steps[i].When(state))
            {
                frame.Step = Steps[i].Name;
                frame.Misses = 0;
                Write(frame, state);
                return new DialogOutcome.Waiting(await Steps[i].AskAsync(state, cancellationToken));
            }
        }

        return await FinishAsync(state, sender, cancellationToken);
    }

    private int IndexOf(string step)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Name == step)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Dialog {Id} has no step '{step}'.");
    }

    private TState Read(DialogFrame frame) =>
        JsonSerializer.Deserialize(frame.State, stateJson) ?? throw new JsonException($"Dialog {Id} has no state.");

    private void Write(DialogFrame frame, TState state) => frame.State = JsonSerializer.Serialize(state, stateJson);
}
