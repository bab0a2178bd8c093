namespace ItaBot.Bot.Dialogs.Feedback;

/// <summary>The survey's scores so far, by question code.</summary>
public sealed class SurveyState
{
    public Dictionary<string, int> Scores { get; set; } = [];

    public string? Comment { get; set; }
}
