using ItaBot.Core.Measures;

namespace ItaBot.Core.Reports;

/// <summary>
/// The progress report of a plan's measures (seed 003's table with seed 000's status columns): for the first
/// <see cref="Months"/> months of the fiscal year, as the records stood at <see cref="AsOf"/>.
/// </summary>
public sealed record ProgressReport(
    string Organization, int FiscalYear, int Months, DateOnly From, DateOnly To, DateOnly AsOf, IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>"รอบ 6 เดือน" or "รอบ 12 เดือน", the name the ITA gives the two reports.</summary>
    public string Round => $"รอบ {Months} เดือน";

    public int Count(MeasureStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>One measure as the report shows it: its columns, the outputs in words, and its status.</summary>
public sealed record ProgressRow(
    int Number,
    string Title,
    IReadOnlyList<string> Steps,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<string> Units,
    IReadOnlyList<OutputLine> Outputs,
    IReadOnlyList<string> Outcomes,
    MeasureStatus Status);

/// <summary>
/// An output in words ("ตรวจสอบพัสดุ ครุภัณฑ์ 3 ครั้ง จาก 4 ครั้ง") with the updates that make it up, each with its
/// evidence; or the measure's notes not tied to an output (<see cref="Sentence"/> "อื่น ๆ").
/// </summary>
public sealed record OutputLine(string Sentence, IReadOnlyList<string> Updates);
