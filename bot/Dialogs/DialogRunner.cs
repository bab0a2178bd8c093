using System.Text.Json;
using ItaBot.Bot.Cards;
using ItaBot.Core.Conversations;
using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Dialogs;

/// <summary>
/// Runs the dialogs of one person: keeps their stack in the database, hands each message to the dialog on top, and
/// handles what applies to any dialog — <c>ยกเลิก</c> leaves, <c>ช่วยเหลือ</c> explains the question, and a dialog left
/// for <see cref="Expiry"/> is dropped. Nothing is saved here: the stack is saved with the turn's answer.
/// </summary>
public sealed class DialogRunner(ItaBotDbContext db, IEnumerable<IDialog> dialogs, TimeProvider time)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, IDialog> byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The turn given to the dialog the person is in; <see cref="DialogTurn.None"/> when they are in none.</summary>
    public async Task<DialogTurn> ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        var saved = await db.DialogStates.FindAsync([turn.Sender.UserId], cancellationToken);
        if (saved is null)
        {
            return DialogTurn.None;
        }

        if (saved.UpdatedAt + Expiry < time.GetUtcNow())
        {
            db.DialogStates.Remove(saved);
            return DialogTurn.Expired;
        }

        // Saved by a release whose dialogs differ from this one's: asking the question the person was at could now
        // mean asking another one, so the person is told and starts again.
        var stack = Read(saved);
        if (stack is null || stack.Count == 0 || !stack.All(frame => byId.TryGetValue(frame.Dialog, out var dialog) && dialog.CanContinue(frame)))
        {
            db.DialogStates.Remove(saved);
            return DialogTurn.Outdated;
        }

        var top = byId[stack[^1].Dialog];

        if (!top.AllowedRoles.Contains(turn.Role))
        {
            db.DialogStates.Remove(saved);
            return DialogTurn.NotAllowed;
        }

        if (DialogWords.IsCancel(turn.Text))
        {
            db.DialogStates.Remove(saved);
            return DialogTurn.Cancelled;
        }

        if (DialogWords.IsHelp(turn.Text))
        {
            Touch(saved, stack);
            return DialogTurn.Answered(await top.HelpAsync(stack[^1], turn.Sender, cancellationToken));
        }

        var outcome = await top.ContinueAsync(stack[^1], turn.Sender, turn.Input, cancellationToken);
        return DialogTurn.Answered(await SettleAsync(saved, stack, outcome, turn, cancellationToken));
    }

    /// <summary>Starts <paramref name="dialog"/>, replacing whatever the person was in.</summary>
    public async Task<Reply> BeginAsync(Turn turn, string dialog, string? args, CancellationToken cancellationToken)
    {
        var saved = await db.DialogStates.FindAsync([turn.Sender.UserId], cancellationToken);
        var frame = new DialogFrame { Dialog = dialog };
        var outcome = await byId[dialog].BeginAsync(frame, turn.Sender, args, cancellationToken);
        return await SettleAsync(saved, [frame], outcome, turn, cancellationToken);
    }

    /// <summary>Follows the outcome through the stack — children begun, parents resumed — and keeps what is left.</summary>
    private async Task<Reply> SettleAsync(DialogState? saved, List<DialogFrame> stack, DialogOutcome outcome, Turn turn, CancellationToken cancellationToken)
    {
        var said = new List<ReplyMessage>();
        while (true)
        {
            switch (outcome)
            {
                case DialogOutcome.Waiting waiting:
                    Keep(saved, stack, turn.Sender.UserId);
                    return waiting.Prompt with { Messages = [.. said, .. waiting.Prompt.Messages] };
                case DialogOutcome.BeginChild child:
                    var frame = new DialogFrame { Dialog = child.Dialog };
                    stack.Add(frame);
                    outcome = await byId[child.Dialog].BeginAsync(frame, turn.Sender, child.Args, cancellationToken);
                    break;
                case DialogOutcome.Ended ended:
                    stack.RemoveAt(stack.Count - 1);
                    said.AddRange(ended.Reply?.Messages ?? []);
                    if (stack.Count == 0)
                    {
                        if (saved is not null)
                        {
                            db.DialogStates.Remove(saved);
                        }

                        return new Reply(said, ended.Reply?.Choices ?? []);
                    }

                    outcome = await byId[stack[^1].Dialog].ResumeAsync(stack[^1], turn.Sender, ended.Result, cancellationToken);
                    break;
            }
        }
    }

    private void Keep(DialogState? saved, List<DialogFrame> stack, string chatId)
    {
        if (saved is null)
        {
            saved = new DialogState { ChatId = chatId, Stack = "" };
            db.DialogStates.Add(saved);
        }

        Touch(saved, stack);
    }

    private void Touch(DialogState saved, List<DialogFrame> stack)
    {
        saved.Stack = JsonSerializer.Serialize(stack, DialogJsonContext.Default.ListDialogFrame);
        saved.UpdatedAt = time.GetUtcNow();
        saved.Version++;
    }

    /// <summary>The stack, or null when this release cannot read it (written by an older one).</summary>
    private static List<DialogFrame>? Read(DialogState saved)
    {
        try
        {
            return JsonSerializer.Deserialize(saved.Stack, DialogJsonContext.Default.ListDialogFrame);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
