using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs;

/// <summary>
/// One message from a person: who sent it, as whom the organisation knows them, and what it was — and whether it was
/// said in a group or room, where everyone reads the answer.
/// </summary>
public sealed record Turn(Member Sender, TurnInput Input, bool InGroup = false)
{
    public Turn(Member sender, string text, bool inGroup = false)
        : this(sender, new TextInput(text), inGroup)
    {
    }

    public Role Role => Sender.Role;

    /// <summary>The text of a text message; empty for anything else.</summary>
    public string Text => Input is TextInput text ? text.Text : "";
}
