namespace ItaBot.Core.Complaints;

/// <summary>The complaint statistics of a period: what the organisation publishes (OIT o24) and reports to its managers.</summary>
public sealed record ComplaintFigures(
    DateOnly From,
    DateOnly To,
    int Received,
    int Closed,
    int Open,
    int Overdue,
    double? AnsweredOnTimePercent,
    double? AverageRating,
    int Ratings,
    double? AverageSurveyScore,
    int SurveyResponses,
    IReadOnlyList<(string Name, int Count)> ByKind,
    IReadOnlyList<(ComplaintStatus Status, int Count)> ByStatus,
    IReadOnlyList<(string Name, int Count)> ByUnit,
    int AnsweredOnTime,
    CorruptionFigures Corruption);

/// <summary>
/// Corruption and misconduct reports of the period, counted apart as the ITA asks (OIT), and only counted: never
/// described.
/// </summary>
public sealed record CorruptionFigures(int Received, int Closed, int AnsweredOnTime);
