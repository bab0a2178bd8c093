using System.Text.Json;
using ItaBot.Bot.Cards;
using ItaBot.Core.Conversations;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// The turn given to the dialog the person is in; <see cref="DialogTurn.None"/> when they are in none.
    /// <paramref name="isCommand"/> says the message is, whole, something the bot does outside any dialog ("ติดตามเรื่อง",
    /// a menu's label): unless the question offers it as an answer, it is not taken for one.
    /// </summary>
    public async Task<DialogTurn> ContinueAsync(Turn turn, bool isCommand, CancellationToken cancellationToken)
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

        // A button's label typed is the button; a command that is not one of them leaves the dialog (the router answers it).
        var input = turn.Input;
        if (input is TextInput typed)
        {
            var offered = await top.OfferedAsync(stack[^1], cancellationToken);
            if (Picked(offered, typed.Text) is { } choice)
            {
                input = new TextInput(choice.Text);
            }
            else if (isCommand && !DialogWords.IsCancel(typed.Text) && !DialogWords.IsHelp(typed.Text))
            {
                db.DialogStates.Remove(saved);
                return DialogTurn.Interrupted(top.Title);
            }
        }

        var text = input is TextInput answer ? answer.Text : "";
        if (DialogWords.IsCancel(text))
        {
            db.DialogStates.Remove(saved);
            return DialogTurn.Cancelled;
        }

        if (DialogWords.IsHelp(text))
        {
            Touch(saved, stack);
            return DialogTurn.Answered(await top.HelpAsync(stack[^1], turn.Sender, cancellationToken));
        }

        var outcome = await top.ContinueAsync(stack[^1], turn.Sender, input, cancellationToken);
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

    /// <summary>The offered button whose label or text this is, as people type it (spacing, case, Thai digits aside).</summary>
    private static Choice? Picked(IReadOnlyList<Choice> offered, string text)
    {
        var typed = DialogWords.Normalize(text);
        return offered.FirstOrDefault(c => c.Kind == ChoiceKind.Send && c.Text.Length > 0
            && (DialogWords.Normalize(c.Label) == typed || DialogWords.Normalize(c.Text) == typed));
    }

    private void Keep(DialogState? saved, List<DialogFrame> stack, string chatId)
    {
        if (saved is null)
        {
            saved = new DialogState { ChatId = chatId, Stack = "" };
            db.DialogStates.Add(saved);
        }
        else if (db.Entry(saved).State == EntityState.Deleted)
        {
            // The dialog left this turn (expired, outdated, or left for the command that begins this one): the row stays.
            db.Entry(saved).State = EntityState.Modified;
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
