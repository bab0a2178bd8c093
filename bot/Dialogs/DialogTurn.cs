using ItaBot.Bot.Cards;

namespace ItaBot.Bot.Dialogs;

/// <summary>What became of a message given to the dialog runner; the conversation words what the runner only reports.</summary>
public sealed record DialogTurn(DialogTurnKind Kind, Reply? Reply = null, string? Left = null)
{
    public static readonly DialogTurn None = new(DialogTurnKind.None);

    public static readonly DialogTurn Expired = new(DialogTurnKind.Expired);

    public static readonly DialogTurn Outdated = new(DialogTurnKind.Outdated);

    public static readonly DialogTurn Cancelled = new(DialogTurnKind.Cancelled);

    public static readonly DialogTurn NotAllowed = new(DialogTurnKind.NotAllowed);

    /// <summary>The dialog left for a command typed in the middle of it; <paramref name="title"/> names what was left.</summary>
    public static DialogTurn Interrupted(string title) => new(DialogTurnKind.Interrupted, Left: title);

    public static DialogTurn Answered(Reply reply) => new(DialogTurnKind.Answered, reply);
}

public enum DialogTurnKind
{
    /// <summary>The person is in no dialog: the message is a new request.</summary>
    None,

    /// <summary>The dialog they were in was abandoned too long ago and is gone; the message is a new request.</summary>
    Expired,

    /// <summary>The dialog was saved by a release whose dialog differs from this one's and is gone; the message is a new request.</summary>
    Outdated,

    /// <summary>They left the dialog with ยกเลิก; nothing of it was saved.</summary>
    Cancelled,

    /// <summary>Their role no longer allows the dialog they were in, which is dropped.</summary>
    NotAllowed,

    /// <summary>The message was a command, not an answer to the question: the dialog is dropped unsaved, the command answered.</summary>
    Interrupted,

    /// <summary>The dialog answered the message.</summary>
    Answered,
}
