using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Documents;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Conversation;

/// <summary>
/// A manager's "รายงานความก้าวหน้า" and "รายงานสถิติเรื่องร้องเรียน": the figures in a card, and links to the
/// document itself (PDF and Word) on the bot's own web server — LINE cannot send a file.
/// </summary>
public sealed class ReportAnswers(DocumentMaker maker, ComplaintReports complaints, IDocumentLinks links, FiscalCalendar calendar)
{
    public const string ProgressWord = "รายงานความก้าวหน้า";

    public const string ComplaintsWord = "รายงานสถิติเรื่องร้องเรียน";

    public async Task<Reply> ForAsync(ReportIntent intent, CancellationToken cancellationToken)
    {
        var request = new DocumentRequest(intent.Kind, intent.FiscalYear ?? calendar.CurrentYear.BuddhistYear, intent.Months);
        try
        {
            var card = intent.Kind == DocumentKind.Progress
                ? ProgressCard(await maker.ProgressAsync(request, cancellationToken), request)
                : ComplaintsCard(await complaints.ForAsync(maker.Period(request), cancellationToken), request);
            return new Reply([new CardMessage(card)], [Choice.Of(intent.Kind == DocumentKind.Progress ? ComplaintsWord : ProgressWord), Choice.Of("เมนู")]);
        }
        catch (ReportException e)
        {
            return Reply.Text(e.InThai, Choice.Of("เมนู"));
        }
    }

    private Card ProgressCard(ProgressReport report, DocumentRequest request)
    {
        var round = request with { Months = report.Months };
        var rows = new List<CardRow> { new FieldRow("มาตรการ", Count(report.Rows.Count, "มาตรการ")) };
        rows.AddRange(Enum.GetValues<MeasureStatus>().Select(s => new FieldRow(s.Thai(), Count(report.Count(s), "มาตรการ"))));
        rows.AddRange(Links(round, ("รายงาน", round), ("บันทึกข้อความนำส่ง", round with { Kind = DocumentKind.Memo })));
        var title = $"รายงานผลการดำเนินการ {report.Round}";
        return new Card(new CardHeader(title, $"ปีงบประมาณ {report.FiscalYear} · ข้อมูล ณ {ThaiDate.FormatMedium(report.AsOf)}", null), rows, Footer(round))
        {
            AltText = $"{title} ปีงบประมาณ {report.FiscalYear}: " + string.Join(" · ", Enum.GetValues<MeasureStatus>().Select(s => $"{s.Thai()} {report.Count(s)}")),
        };
    }

    private Card ComplaintsCard(ComplaintReport report, DocumentRequest request)
    {
        var f = report.Figures;
        var rows = new List<CardRow>
        {
            new FieldRow("รับเรื่อง", Count(f.Received, "เรื่อง")),
            new FieldRow("แล้วเสร็จ", Count(f.Closed, "เรื่อง")),
            new FieldRow("ระหว่างดำเนินการ", Count(f.Open, "เรื่อง")),
            new FieldRow("เสร็จใน 15 วัน", Count(f.AnsweredOnTime, "เรื่อง")),
            new FieldRow("ทุจริต/ประพฤติมิชอบ", Count(f.Corruption.Received, "เรื่อง")),
        };
        rows.AddRange(Links(request, ("รายงาน", request)));
        return new Card(new CardHeader("รายงานสถิติเรื่องร้องเรียน", report.Period.Name, null), rows, Footer(request))
        {
            AltText = string.Create(CultureInfo.InvariantCulture, $"รายงานสถิติเรื่องร้องเรียน {report.Period.Name}: รับ {f.Received} · เสร็จ {f.Closed} · ค้าง {f.Open}"),
        };
    }

    /// <summary>Each document as PDF and as Word; without a public address, the command that makes it instead.</summary>
    private IEnumerable<CardRow> Links(DocumentRequest request, params (string Name, DocumentRequest Request)[] documents)
    {
        if (links.LinkTo(request) is null)
        {
            yield return new TextRow($"ลิงก์เปิดเอกสารส่งได้เมื่อตั้งค่า Web:PublicBaseUrl แล้ว หรือใช้คำสั่ง report {request.Kind.ToString().ToLowerInvariant()} --fiscal-year {request.FiscalYear} บนเครื่องที่ติดตั้งบอท");
            yield break;
        }

        foreach (var (name, document) in documents)
        {
            yield return new AddressRow($"เปิด{name} (PDF)", links.LinkTo(document)!);
            yield return new AddressRow($"แก้ไข{name} (Word)", links.LinkTo(document with { Pdf = false })!);
        }
    }

    private string? Footer(DocumentRequest request) => links.LinkTo(request) is null ? null : string.Create(CultureInfo.InvariantCulture,
        $"ลิงก์เปิดได้ {(links.Lifetime.TotalDays >= 1 ? $"{links.Lifetime.TotalDays:0} วัน" : $"{links.Lifetime.TotalHours:0} ชั่วโมง")} เอกสารทำจากข้อมูลล่าสุดทุกครั้งที่เปิด");

    private static string Count(int count, string unit) => string.Create(CultureInfo.InvariantCulture, $"{count} {unit}");
}
