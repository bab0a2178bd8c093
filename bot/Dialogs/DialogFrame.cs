namespace ItaBot.Bot.Dialogs;

/// <summary>One dialog on a person's stack: which dialog, at which step, with what it has collected so far (JSON).</summary>
public sealed class DialogFrame
{
    public required string Dialog { get; init; }

    public int Step { get; set; }

    public string State { get; set; } = "{}";
}
