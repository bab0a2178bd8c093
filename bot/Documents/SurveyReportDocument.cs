using System.Globalization;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Documents;

/// <summary>The satisfaction survey's summary: each question's answers by score and its average, then the comments.</summary>
internal static class SurveyReportDocument
{
    public const string Title = "สรุปผลการสำรวจความพึงพอใจในการให้บริการ";

    private static readonly string[] Scores = ["มากที่สุด (5)", "มาก (4)", "ปานกลาง (3)", "น้อย (2)", "น้อยที่สุด (1)"];

    public static void Write(SurveyReport report, Stream output, DocumentStyle style)
    {
        using var document = new OfficialDocument(output, style);
        ComplaintReportDocument.Heading(document, Title, report.Organization, report.Period, report.Period.To);
        if (report.Responses == 0)
        {
            document.Paragraph("ยังไม่มีผู้ตอบแบบสำรวจในช่วงนี้", spaceBefore: 12, firstLineIndent: 1134);
            document.Save();
            return;
        }

        document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"ผู้ตอบแบบสำรวจ {report.Responses} ราย"), spaceBefore: 12);
        document.Table(
            [600, 3300, 850, 850, 850, 850, 850, 900],
            ["ข้อ", "ประเด็น", .. Scores, "ค่าเฉลี่ย"],
            report.Questions.Select((q, i) => (IReadOnlyList<IReadOnlyList<string>>)
            [
                [(i + 1).ToString(CultureInfo.InvariantCulture)],
                [q.Text],
                .. q.ByScore.Reverse().Select(n => (IReadOnlyList<string>)[n.ToString(CultureInfo.InvariantCulture)]),
                [Average(q.Average)],
            ]),
            centred: new HashSet<int> { 0, 2, 3, 4, 5, 6, 7 });
        document.Paragraph($"ค่าเฉลี่ยรวม {Average(report.Average)} จาก 5" + (report.Average is double a ? string.Create(CultureInfo.InvariantCulture, $" (ร้อยละ {a * 20:0.00})") : ""), spaceBefore: 12);
        document.Paragraph("ข้อเสนอแนะและความคิดเห็น", bold: true, spaceBefore: 12);
        if (report.Comments.Count == 0)
        {
            document.Paragraph("ไม่มี", firstLineIndent: 1134);
        }

        foreach (var (comment, i) in report.Comments.Select((c, i) => (c, i)))
        {
            document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {comment}"), firstLineIndent: 567);
        }

        document.Save();
    }

    private static string Average(double? value) => value is double v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
