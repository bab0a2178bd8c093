using System.Text.RegularExpressions;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Measures;
using ItaBot.Core.Reports;
using ItaBot.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Documents;

/// <summary><c>report progress</c> and <c>report memo</c> on the demo plan: the .docx read back and held against the data.</summary>
public sealed partial class ProgressReportTests : IDisposable
{
    private readonly TempDatabaseFile database = TempDatabaseFile.Prepared();

    [Fact]
    public async Task The_yearly_report_has_a_row_per_measure_with_its_outputs_counted_its_evidence_and_its_status_marked()
    {
        await using (var db = database.NewContext())
        {
            var measure = await db.Measures.SingleAsync(m => m.Number == 4);
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                MeasureId = measure.Id,
                OutputPosition = 1,
                RecordedAt = new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.FromHours(7)),
                RecordedBy = "สมศรี",
                Text = "ตรวจนับครุภัณฑ์สำนักงาน",
                EvidenceReference = "บันทึกข้อความ ที่ อท 75501/123",
            });
            await db.SaveChangesAsync();
        }

        var docx = await ReportAsync("progress", "--fiscal-year", "2568", "--months", "12");

        Assert.Contains(OfficialDocument.Font, docx.Fonts);
        Assert.Equal((16838, 11906), docx.Page);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๗ ถึง ๓๐ กันยายน ๒๕๖๘)", docx.Paragraphs);
        var table = Assert.Single(docx.Tables);
        Assert.Equal(ProgressReportDocument.Columns, table[0]);
        await using var check = database.NewContext();
        var measures = await check.Measures.AsNoTracking().Include(m => m.Updates).OrderBy(m => m.Number).ToListAsync();
        Assert.Equal(measures.Count + 1, table.Count);
        foreach (var (measure, row) in measures.Zip(table.Skip(1)))
        {
            Assert.Equal(ThaiDigits.ToThai($"{measure.Number}."), row[0]);
            Assert.Equal(ThaiDigits.ToThai(measure.Title), row[1]);
            Assert.All(measure.Outputs, output => Assert.Contains(ThaiDigits.ToThai(ProgressReports.Sentence(output)), row[5], StringComparison.Ordinal));
            Assert.All(measure.Updates, update => Assert.Contains(ThaiDigits.ToThai(update.Text), row[5], StringComparison.Ordinal));
            var marks = row.Skip(7).Select(cell => cell == ProgressReportDocument.Mark).ToList();
            Assert.Equal(Enum.GetValues<MeasureStatus>().Select(s => s == measure.Status), marks);
        }

        Assert.Contains("(หลักฐาน: บันทึกข้อความ ที่ อท ๗๕๕๐๑/๑๒๓)", table[4][5], StringComparison.Ordinal);
        Assert.Contains("ตรวจสอบพัสดุ ครุภัณฑ์ ", table[4][5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_plans_report_holds_seed_003s_measures_and_periods()
    {
        var seed = Folded(SharedFiles.Seed("003_"));

        var table = Assert.Single((await ReportAsync("progress", "--fiscal-year", "2568", "--months", "12")).Tables);

        Assert.Equal(10, table.Count - 1);
        Assert.All(table.Skip(1), row =>
        {
            Assert.Contains(Folded(row[1]), seed, StringComparison.Ordinal);
            Assert.Contains(Folded(row[3]), seed, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_six_month_report_counts_only_what_was_recorded_by_the_end_of_March_and_Arabic_digits_are_an_option()
    {
        var docx = await ReportAsync("progress", "--fiscal-year", "2568", "--months", "6", "--digits", "arabic");

        Assert.Contains("ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (1 ตุลาคม 2567 ถึง 31 มีนาคม 2568)", docx.Paragraphs);
        var rows = Assert.Single(docx.Tables);
        // The update of 3 April 2025, and the count it added, are not in the report to 31 March.
        Assert.DoesNotContain(rows, row => row[5].Contains("ครั้งที่ 13", StringComparison.Ordinal));
        Assert.Contains(rows, row => row[5].Contains("ปรับปรุงข้อมูลเว็บไซต์ 12 ครั้ง จาก 24 ครั้ง", StringComparison.Ordinal));
        Assert.DoesNotContain(docx.Text, ThaiDigits.IsThaiDigit);
    }

    [Fact]
    public async Task The_covering_memo_is_addressed_to_the_mayor_lists_each_measures_status_and_is_signed_by_its_writer()
    {
        var docx = await ReportAsync("memo", "--fiscal-year", "2568", "--months", "6", "--by", "นางสาวสมใจ ใจดี", "--position", "นักจัดการงานทั่วไปชำนาญการ");

        Assert.Equal(MemoDocument.Heading, docx.Paragraphs[0]);
        Assert.Contains("ส่วนราชการ  สำนักปลัด เทศบาลตำบลไผ่ดำพัฒนา", docx.Paragraphs);
        Assert.Contains(docx.Paragraphs, p => p.StartsWith("เรื่อง  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน", StringComparison.Ordinal));
        Assert.Contains("เรียน  นายกเทศมนตรีตำบลไผ่ดำพัฒนา", docx.Paragraphs);
        Assert.Contains(MemoDocument.Closing, docx.Paragraphs);
        Assert.Equal(["(นางสาวสมใจ ใจดี)", "นักจัดการงานทั่วไปชำนาญการ"], docx.Paragraphs.TakeLast(2));
        var table = Assert.Single(docx.Tables);
        await using var db = database.NewContext();
        var statuses = await db.Measures.OrderBy(m => m.Number).Select(m => m.Status).ToListAsync();
        Assert.Equal(statuses.Count, table.Count - 1);
        Assert.All(statuses.Zip(table.Skip(1)), pair => Assert.Equal(ProgressReportDocument.Mark, pair.Second[1 + (int)pair.First]));
    }

    [Fact]
    public async Task A_year_without_a_plan_is_refused_in_words_and_writes_nothing()
    {
        var file = Path.Combine(Path.GetDirectoryName(database.Path)!, "none.docx");

        var result = await BotVerb.RunAsync(database, "", "report", "progress", "--fiscal-year", "2570", "--out", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ยังไม่มีแผนของปีงบประมาณ 2570", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("เทศบาลตำบลไผ่ดำพัฒนา", "", "นายกเทศมนตรีตำบลไผ่ดำพัฒนา")]
    [InlineData("องค์การบริหารส่วนตำบลทุ่งอรุณ", "", "นายกองค์การบริหารส่วนตำบลทุ่งอรุณ")]
    [InlineData("เทศบาลเมืองศรีสะเกษ", "ปลัดเทศบาลเมืองศรีสะเกษ", "ปลัดเทศบาลเมืองศรีสะเกษ")]
    public void The_memo_is_addressed_to_the_head_the_name_implies_unless_configured(string organization, string configured, string addressee) =>
        Assert.Equal(addressee, new ReportOptions { Addressee = configured }.AddresseeOf(organization));

    public void Dispose() => database.Dispose();

    private Task<Docx> ReportAsync(params string[] args) => Docx.ReportAsync(database, args);

    /// <summary>Text with the seed's HTML remnants and every space taken out, Thai digits as they are.</summary>
    private static string Folded(string text) => Spaces().Replace(Tags().Replace(text, ""), "");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
