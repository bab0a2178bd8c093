namespace ItaBot.Core.Feedback;

/// <summary>The score, 1–5, given to one question of the survey (<see cref="SurveyQuestions"/>).</summary>
public sealed class SurveyAnswer
{
    public int Id { get; set; }

    public int SurveyResponseId { get; set; }

    public required string Question { get; set; }

    public int Score { get; set; }
}
