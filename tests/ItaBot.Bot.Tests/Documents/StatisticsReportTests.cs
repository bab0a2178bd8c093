using ItaBot.Bot.Documents;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Complaints;
using ItaBot.Core.Feedback;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Tests.Documents;

/// <summary><c>report complaints</c> and <c>report survey</c>: the figures of a period, corruption reports only counted.</summary>
public sealed class StatisticsReportTests : IDisposable
{
    private const string Bribe = "ปลัดรับเงินใต้โต๊ะค่าใบอนุญาตก่อสร้าง";

    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private readonly TempDatabaseFile database = TempDatabaseFile.Prepared();

    [Fact]
    public async Task A_quarters_complaints_are_counted_by_kind_and_unit_and_corruption_reports_apart_never_described()
    {
        await using (var db = database.NewContext())
        {
            db.Complaints.AddRange(
                Filed(1, "ถนน/ทางเท้า", "กองช่าง", new(2025, 1, 10, 9, 0, 0, Bangkok), closed: new(2025, 1, 20, 9, 0, 0, Bangkok)),
                Filed(2, "ขยะ", "กองสาธารณสุข", new(2025, 2, 1, 9, 0, 0, Bangkok)),
                Filed(3, "ทุจริต/สินบน", "สำนักปลัด", new(2025, 2, 5, 9, 0, 0, Bangkok), closed: new(2025, 3, 1, 9, 0, 0, Bangkok), corruption: true),
                Filed(4, "ขยะ", "กองสาธารณสุข", new(2025, 4, 5, 9, 0, 0, Bangkok)));
            await db.SaveChangesAsync();
        }

        var docx = await ReportAsync("complaints", "--fiscal-year", "2568", "--quarter", "2", "--digits", "arabic");

        Assert.Contains("ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2568", docx.Paragraphs);
        Assert.Contains("ระหว่างวันที่ 1 มกราคม 2568 ถึง 31 มีนาคม 2568", docx.Paragraphs);
        Assert.Equal(4, docx.Tables.Count);
        Assert.Equal(Rows(("ได้รับเรื่องร้องเรียน", 2), ("ดำเนินการแล้วเสร็จ", 1), ("อยู่ระหว่างดำเนินการ", 1), ("แล้วเสร็จภายใน 15 วัน", 1)), docx.Tables[0].Skip(1));
        Assert.Equal(Rows(("ถนน/ทางเท้า", 1), ("ขยะ", 1)), docx.Tables[1].Skip(1).OrderByDescending(r => r[0]));
        Assert.Equal(Rows(("กองสาธารณสุข", 1), ("กองช่าง", 1)), docx.Tables[2].Skip(1).OrderByDescending(r => r[0]));
        Assert.Equal(Rows(("ได้รับเรื่องร้องเรียน", 1), ("ดำเนินการแล้วเสร็จ", 1), ("อยู่ระหว่างดำเนินการ", 0), ("แล้วเสร็จภายใน 15 วัน", 0)), docx.Tables[3].Skip(1));
        Assert.DoesNotContain(Bribe, docx.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ทุจริต/สินบน", docx.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_without_complaints_says_so_as_the_ITA_asks()
    {
        var docx = await ReportAsync("complaints", "--from", "2024-10-01", "--to", "2024-10-31");

        Assert.Contains("เดือนตุลาคม ๒๕๖๗", docx.Paragraphs);
        Assert.Equal(2, docx.Paragraphs.Count(p => p == ComplaintReport.NoneReceived));
        Assert.Empty(docx.Tables);
    }

    [Fact]
    public async Task The_survey_summary_counts_each_score_per_question_averages_them_and_lists_the_comments()
    {
        await using (var db = database.NewContext())
        {
            db.SurveyResponses.AddRange(
                Survey(new(2025, 3, 3, 10, 0, 0, Bangkok), 5, "เจ้าหน้าที่บริการดีมาก"),
                Survey(new(2025, 3, 4, 10, 0, 0, Bangkok), 4, null),
                Survey(new(2025, 5, 4, 10, 0, 0, Bangkok), 1, "นอกช่วง"));
            await db.SaveChangesAsync();
        }

        var docx = await ReportAsync("survey", "--from", "1 มี.ค. 2568", "--to", "31 มี.ค. 2568", "--digits", "arabic");

        Assert.Contains("ผู้ตอบแบบสำรวจ 2 ราย", docx.Paragraphs);
        var table = Assert.Single(docx.Tables);
        Assert.Equal(SurveyQuestions.All.Count + 1, table.Count);
        Assert.All(table.Skip(1).Zip(SurveyQuestions.All), pair =>
            Assert.Equal([pair.Second.Text, "1", "1", "0", "0", "0", "4.50"], pair.First.Skip(1)));
        Assert.Contains("ค่าเฉลี่ยรวม 4.50 จาก 5 (ร้อยละ 90.00)", docx.Paragraphs);
        Assert.Contains("1. เจ้าหน้าที่บริการดีมาก", docx.Paragraphs);
        Assert.DoesNotContain("นอกช่วง", docx.Text, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private static Complaint Filed(int sequence, string kind, string unit, DateTimeOffset at, DateTimeOffset? closed = null, bool corruption = false) => new()
    {
        Number = $"C68-{sequence:D5}",
        Year = 2568,
        Sequence = sequence,
        Kind = kind,
        Category = corruption ? ComplaintCategory.Corruption : ComplaintCategory.Service,
        Unit = unit,
        Description = corruption ? Bribe : "แจ้งปัญหา",
        IsAnonymous = corruption,
        FilerKey = $"key-{sequence}",
        FiledAt = at,
        DueOn = DateOnly.FromDateTime(at.Date).AddDays(Complaint.DaysToAnswer),
        Status = closed is null ? ComplaintStatus.Received : ComplaintStatus.Done,
        ClosedAt = closed,
    };

    private static SurveyResponse Survey(DateTimeOffset at, int score, string? comment)
    {
        var response = new SurveyResponse { At = at, Comment = comment };
        response.Answers.AddRange(SurveyQuestions.All.Select(q => new SurveyAnswer { Question = q.Code, Score = score }));
        return response;
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(params (string Name, int Count)[] rows) =>
        rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    private Task<Docx> ReportAsync(params string[] args) => Docx.ReportAsync(database, args);
}
