using ItaBot.Core.Complaints;

namespace ItaBot.Core.Reports;

/// <summary>
/// The complaint statistics of a period as the organisation publishes them: received, finished, in progress, by kind
/// and by unit, answered within 15 days, and corruption reports apart — counted, never described.
/// </summary>
public sealed record ComplaintReport(
    string Organization,
    ReportPeriod Period,
    DateOnly AsOf,
    ComplaintFigures Figures,
    IReadOnlyList<(string Name, int Count)> ByKind,
    IReadOnlyList<(string Name, int Count)> ByUnit)
{
    /// <summary>The sentence the ITA asks for when a period had none.</summary>
    public const string NoneReceived = "ไม่มีเรื่องร้องเรียน";
}
