using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>One message from a person: who sent it, as whom the organisation knows them, and what it was.</summary>
public sealed record Turn(Member Sender, TurnInput Input)
{
    public Turn(Member sender, string text)
        : this(sender, new TextInput(text))
    {
    }

    public Role Role => Sender.Role;

    /// <summary>The text of a text message; empty for anything else.</summary>
    public string Text => Input is TextInput text ? text.Text : "";
}
