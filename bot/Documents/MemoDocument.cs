using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Documents;

/// <summary>
/// The covering memo (บันทึกข้อความ) a progress report goes up the chain with, as seed 000 writes it: ส่วนราชการ, ที่,
/// วันที่, เรื่อง, เรียน, the body with each measure's status, จึงเรียนมาเพื่อโปรดทราบ and the writer's signature block.
/// </summary>
internal static class MemoDocument
{
    public const string Heading = "บันทึกข้อความ";

    public const string Closing = "จึงเรียนมาเพื่อโปรดทราบ";

    private const int Indent = 1418;

    /// <summary>The writer of the memo, as the signature block shows them; blank lines to sign on when not given.</summary>
    public sealed record Writer(string? Name, string? Position);

    /// <summary>An approver's block under the memo (seed 000): ความเห็น… or, the last, คำสั่ง…, their words, name, position and date.</summary>
    public sealed record Block(string Heading, string Comment, string Name, string Position, DateOnly Date);

    public static void Write(ProgressReport report, ReportOptions options, DateOnly date, Writer writer, IReadOnlyList<Block> blocks, Stream output, DocumentStyle style)
    {
        using var document = new OfficialDocument(output, style);
        document.Paragraph(Heading, size: 29, bold: true, align: JustificationValues.Center);
        document.Paragraph($"ส่วนราชการ  {options.Office} {report.Organization}", spaceBefore: 6);
        document.Paragraph($"ที่  ................................        วันที่  {ThaiDate.FormatLong(date)}");
        var subject = $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {report.FiscalYear} {report.Round}";
        document.Paragraph($"เรื่อง  {subject}");
        document.Paragraph($"เรียน  {options.AddresseeOf(report.Organization)}", spaceBefore: 6);
        document.Paragraph(
            $"ตามที่ {report.Organization} ได้กำหนดมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {report.FiscalYear} " +
            $"จำนวน {report.Rows.Count} มาตรการ นั้น บัดนี้ ได้ติดตามผลการดำเนินการ{report.Round} (ตั้งแต่วันที่ {ThaiDate.FormatLong(report.From)} ถึง {ThaiDate.FormatLong(report.AsOf)}) " +
            $"ดำเนินการแล้ว {report.Count(MeasureStatus.Done)} มาตรการ ระหว่างดำเนินการ {report.Count(MeasureStatus.InProgress)} มาตรการ " +
            $"ยังไม่ดำเนินการ {report.Count(MeasureStatus.NotStarted)} มาตรการ ดังนี้",
            spaceBefore: 6, firstLineIndent: Indent);
        var statuses = Enum.GetValues<MeasureStatus>();
        var width = document.TextWidth;
        document.Table(
            [width - 3 * 1300, 1300, 1300, 1300],
            ["มาตรการ", .. statuses.Select(s => s.Thai())],
            report.Rows.Select(r => (IReadOnlyList<IReadOnlyList<string>>)
                [[$"{r.Number}. {r.Title}"], .. statuses.Select(s => (IReadOnlyList<string>)(r.Status == s ? [ProgressReportDocument.Mark] : []))]),
            size: OfficialDocument.BodySize,
            centred: new HashSet<int> { 1, 2, 3 });
        document.Paragraph("รายละเอียดตามรายงานผลการดำเนินการที่แนบมาพร้อมนี้", spaceBefore: 6, firstLineIndent: Indent);
        document.Paragraph(Closing, spaceBefore: 6, firstLineIndent: Indent);
        document.Paragraph("", spaceBefore: 24);
        document.Paragraph($"({writer.Name ?? "...................................."})", align: JustificationValues.Center);
        document.Paragraph(writer.Position ?? "....................................", align: JustificationValues.Center);
        foreach (var block in blocks)
        {
            document.Paragraph($"{block.Heading}  {block.Comment}", spaceBefore: 18);
            document.Paragraph($"({block.Name})", spaceBefore: 18, align: JustificationValues.Center);
            document.Paragraph(block.Position, align: JustificationValues.Center);
            document.Paragraph(ThaiDate.FormatLong(block.Date), align: JustificationValues.Center);
        }

        document.Save();
    }
}
