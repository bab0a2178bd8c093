namespace ItaBot.Core.Reports;

/// <summary>The satisfaction survey of a period: each question's answers and average, and the comments left — no accounts.</summary>
public sealed record SurveyReport(
    string Organization, ReportPeriod Period, int Responses, IReadOnlyList<SurveyQuestionResult> Questions, IReadOnlyList<string> Comments)
{
    public double? Average => Questions.Sum(q => q.Answers) is var answers and > 0
        ? Questions.Sum(q => q.Average.GetValueOrDefault() * q.Answers) / answers
        : null;
}

/// <summary>One question: how many gave each score, 1 to 5 (<see cref="ByScore"/>[0] is 1), and the average.</summary>
public sealed record SurveyQuestionResult(string Text, IReadOnlyList<int> ByScore)
{
    public int Answers => ByScore.Sum();

    public double? Average => Answers == 0 ? null : ByScore.Select((count, i) => count * (i + 1.0)).Sum() / Answers;
}
