namespace ItaBot.Core.Conversations;

/// <summary>
/// Where one person is in a conversation that takes several messages: their dialog stack, as JSON the bot's dialog
/// engine writes. Kept in the database, so a restart mid-dialog continues where the person was.
/// </summary>
public sealed class DialogState
{
    /// <summary>The chat the dialog runs in: the LINE user id in a one-to-one chat.</summary>
    public required string ChatId { get; set; }

    public required string Stack { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Raised on every save: two messages handled at once cannot both move the dialog from the same step.</summary>
    public int Version { get; set; }
}
