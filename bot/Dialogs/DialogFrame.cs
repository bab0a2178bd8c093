namespace ItaBot.Bot.Dialogs;

/// <summary>
/// One dialog on a person's stack: which dialog, in which version, at which step (by name, so that a release adding a
/// question cannot shift the person onto another one), with what it has collected so far (JSON).
/// </summary>
public sealed class DialogFrame
{
    public required string Dialog { get; init; }

    public int Version { get; set; }

    public string Step { get; set; } = "";

    public string State { get; set; } = "{}";

    /// <summary>Answers in a row that did not fit the current question.</summary>
    public int Misses { get; set; }
}
