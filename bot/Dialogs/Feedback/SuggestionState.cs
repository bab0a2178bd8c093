namespace ItaBot.Bot.Dialogs.Feedback;

/// <summary>The suggestion so far.</summary>
public sealed class SuggestionState
{
    public string? Text { get; set; }

    public bool IsAnonymous { get; set; }
}
