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

    public const string CorruptionHeading = "เรื่องร้องเรียนเกี่ยวกับการทุจริตและประพฤติมิชอบ";

    /// <summary>Said under the corruption reports' counts, wherever they are published.</summary>
    public const string UndisclosedNote = "รายละเอียดของเรื่องไม่เปิดเผย เพื่อคุ้มครองผู้ร้องเรียนและผู้ถูกร้องเรียน";

    /// <summary>Complaints about services (roads, waste, water …): everything but the corruption reports.</summary>
    public ComplaintCounts General => new(
        Figures.Received - Figures.Corruption.Received, Figures.Closed - Figures.Corruption.Closed, Figures.AnsweredOnTime - Figures.Corruption.AnsweredOnTime);

    /// <summary>Corruption and misconduct reports, counted apart.</summary>
    public ComplaintCounts Corruption => new(Figures.Corruption.Received, Figures.Corruption.Closed, Figures.Corruption.AnsweredOnTime);
}

/// <summary>Received, finished (and so in progress), finished within the 15 days: the lines of a complaint statistics table.</summary>
public sealed record ComplaintCounts(int Received, int Closed, int OnTime)
{
    public int Open => Received - Closed;

    public IReadOnlyList<(string Label, int Count)> Lines =>
        [("ได้รับเรื่องร้องเรียน", Received), ("ดำเนินการแล้วเสร็จ", Closed), ("อยู่ระหว่างดำเนินการ", Open), ("แล้วเสร็จภายใน 15 วัน", OnTime)];
}
