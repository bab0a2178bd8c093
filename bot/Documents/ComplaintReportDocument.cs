using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Core.Calendar;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Documents;

/// <summary>
/// The complaint statistics report (OIT): received, finished, in progress, within 15 days, by kind and by unit, and
/// the corruption reports apart, only counted. A period with none says "ไม่มีเรื่องร้องเรียน".
/// </summary>
internal static class ComplaintReportDocument
{
    public const string Title = "รายงานสถิติเรื่องร้องเรียน";

    public const string CorruptionHeading = ComplaintReport.CorruptionHeading;

    public static void Write(ComplaintReport report, Stream output, DocumentStyle style)
    {
        using var document = new OfficialDocument(output, style);
        Heading(document, Title, report.Organization, report.Period, report.AsOf);
        Counts(document, "เรื่องร้องเรียนทั่วไป", report.General);
        if (report.General.Received > 0)
        {
            document.Paragraph("จำแนกตามประเภท", bold: true, spaceBefore: 12);
            document.Table([5000, 2000], ["ประเภท", "จำนวน (เรื่อง)"], report.ByKind.Select(k => Row(k.Name, k.Count)), size: OfficialDocument.BodySize, centred: new HashSet<int> { 1 });
            document.Paragraph("จำแนกตามหน่วยงานที่รับผิดชอบ", bold: true, spaceBefore: 12);
            document.Table([5000, 2000], ["หน่วยงาน", "จำนวน (เรื่อง)"], report.ByUnit.Select(u => Row(u.Name, u.Count)), size: OfficialDocument.BodySize, centred: new HashSet<int> { 1 });
        }

        Counts(document, CorruptionHeading, report.Corruption);
        if (report.Corruption.Received > 0)
        {
            document.Paragraph(ComplaintReport.UndisclosedNote, firstLineIndent: 1134, spaceBefore: 6);
        }

        document.Save();
    }

    /// <summary>The title block every report of a period starts with.</summary>
    public static void Heading(OfficialDocument document, string title, string organization, ReportPeriod period, DateOnly asOf)
    {
        document.Paragraph(title, size: 18, bold: true, align: JustificationValues.Center);
        document.Paragraph(period.Name, size: 18, bold: true, align: JustificationValues.Center);
        document.Paragraph(organization, size: 18, bold: true, align: JustificationValues.Center);
        document.Paragraph($"ระหว่างวันที่ {period.Span}", align: JustificationValues.Center);
        if (asOf < period.To)
        {
            document.Paragraph($"ข้อมูล ณ วันที่ {ThaiDate.FormatLong(asOf)}", align: JustificationValues.Center);
        }
    }

    private static void Counts(OfficialDocument document, string heading, ComplaintCounts counts)
    {
        document.Paragraph(heading, bold: true, spaceBefore: 12);
        if (counts.Received == 0)
        {
            document.Paragraph(ComplaintReport.NoneReceived, firstLineIndent: 1134);
            return;
        }

        document.Table([5000, 2000], ["รายการ", "จำนวน (เรื่อง)"], counts.Lines.Select(l => Row(l.Label, l.Count)), size: OfficialDocument.BodySize, centred: new HashSet<int> { 1 });
    }

    private static IReadOnlyList<IReadOnlyList<string>> Row(string name, int count) => [[name], [count.ToString(CultureInfo.InvariantCulture)]];
}
