using ItaBot.Bot.Conversation;

namespace ItaBot.Bot.Dialogs;

/// <summary>What became of a message given to the dialog runner.</summary>
public sealed record DialogTurn(Reply? Reply, bool WasExpired)
{
    /// <summary>The person is in no dialog: the message is a new request.</summary>
    public static readonly DialogTurn None = new(null, false);

    /// <summary>The dialog they were in was abandoned too long ago and is gone; the message is a new request.</summary>
    public static readonly DialogTurn Expired = new(null, true);

    public static DialogTurn Answered(Reply reply) => new(reply, false);
}
