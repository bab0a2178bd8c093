namespace ItaBot.Core.Feedback;

/// <summary>One completed satisfaction survey: its answers, one per question, and an optional comment. No one's id is kept.</summary>
public sealed class SurveyResponse
{
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Comment { get; set; }

    public List<SurveyAnswer> Answers { get; } = [];
}
