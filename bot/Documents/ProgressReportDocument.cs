using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Documents;

/// <summary>
/// The progress report as seed 003 lays it out — one row per measure: ลำดับที่, มาตรการ/กิจกรรม, วิธีการปฏิบัติ,
/// ระยะเวลา, ผู้รับผิดชอบ, ผลการดำเนินการ (output), ผลลัพธ์ (outcome) — with seed 000's three status columns, on
/// landscape A4.
/// </summary>
internal static class ProgressReportDocument
{
    public const string Title = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public static readonly string[] Columns =
    [
        "ลำดับที่", "มาตรการ/กิจกรรม", "วิธีการปฏิบัติ", "ระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ (output)",
        "ผลลัพธ์หรือผลสัมฤทธิ์ (outcome)", .. Enum.GetValues<MeasureStatus>().Select(s => s.Thai()),
    ];

    /// <summary>The mark in a row's status column.</summary>
    public const string Mark = "✓";

    // Twentieths of a point, 14,000 in all (landscape A4 within its margins); the three status columns last, their
    // headings set smaller to fit.
    private static readonly int[] Widths = [900, 1900, 2300, 1200, 1200, 2700, 1900, 633, 633, 634];

    public static void Write(ProgressReport report, Stream output, DocumentStyle style)
    {
        using var document = new OfficialDocument(output, style, landscape: true);
        document.Paragraph(Title, size: 18, bold: true, align: JustificationValues.Center);
        document.Paragraph($"ประจำปีงบประมาณ พ.ศ. {report.FiscalYear} {report.Round} ({ThaiDate.FormatLong(report.From)} ถึง {ThaiDate.FormatLong(report.To)})", size: 18, bold: true, align: JustificationValues.Center);
        document.Paragraph(report.Organization, size: 18, bold: true, align: JustificationValues.Center);
        if (report.AsOf < report.To)
        {
            document.Paragraph($"ข้อมูล ณ วันที่ {ThaiDate.FormatLong(report.AsOf)}", align: JustificationValues.Center);
        }

        document.Paragraph("", size: 8);
        var statuses = Enum.GetValues<MeasureStatus>();
        document.Table(Widths, Columns, report.Rows.Select(row => (IReadOnlyList<IReadOnlyList<string>>)
        [
            [$"{row.Number}."],
            [row.Title],
            [.. row.Steps.Select((step, i) => $"{i + 1}. {step}")],
            [$"{ThaiDate.FormatShort(row.PeriodStart)} ถึง {ThaiDate.FormatShort(row.PeriodEnd)}"],
            [.. row.Units.Select(u => $"- {u}")],
            [.. row.Outputs.SelectMany((o, i) => (IEnumerable<string>)[$"{i + 1}. {o.Sentence}", .. o.Updates.Select(u => $"   – {u}")])],
            [.. row.Outcomes.Select(o => $"- {o}")],
            .. statuses.Select(s => (IReadOnlyList<string>)(row.Status == s ? [Mark] : [])),
        ]), centred: new HashSet<int> { 0, 3, 7, 8, 9 }, headerSize: 12);

        document.Paragraph(
            $"สรุป มาตรการทั้งหมด {report.Rows.Count} มาตรการ: " + string.Join(" ", statuses.Select(s => $"{s.Thai()} {report.Count(s)}")),
            spaceBefore: 12);
        document.Save();
    }
}
