using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;

namespace ItaBot.Bot.Conversation.Complaints;

/// <summary>"สถิติเรื่องร้องเรียน" for staff and managers: this fiscal year, a given one, or this month.</summary>
public sealed class ComplaintStatisticsAnswers(ComplaintStatistics statistics, FiscalCalendar calendar)
{
    public async Task<Reply> ForAsync(ComplaintPeriod period, CancellationToken cancellationToken)
    {
        var (from, to, label) = period.ThisMonth
            ? (calendar.CurrentMonth.Start, calendar.CurrentMonth.End, "เดือน " + calendar.CurrentMonth)
            : period.FiscalYear is int year ? (new FiscalYear(year).Start, new FiscalYear(year).End, $"ปีงบประมาณ {year}")
            : (calendar.CurrentYear.Start, calendar.CurrentYear.End, $"ปีงบประมาณ {calendar.CurrentYear.BuddhistYear}");
        var figures = await statistics.ForAsync(from, to, cancellationToken);
        return new Reply([new CardMessage(Card(figures, label))], [Choice.Of("สถิติเรื่องร้องเรียน เดือนนี้"), Choice.Of(ComplaintCommands.OpenWord)]);
    }

    private static Card Card(ComplaintFigures f, string label)
    {
        var rows = new List<CardRow>
        {
            new FieldRow("รับเรื่อง", Count(f.Received)),
            new FieldRow("เสร็จสิ้น/ยุติ", Count(f.Closed)),
            new FieldRow("ค้าง", $"{Count(f.Open)} (เกินกำหนด {f.Overdue})"),
            new FieldRow("แล้วเสร็จใน 15 วัน", f.AnsweredOnTimePercent is double p ? string.Create(CultureInfo.InvariantCulture, $"{p:0}%") : "-"),
            new FieldRow("ความพึงพอใจต่อการแก้ไข", Average(f.AverageRating, f.Ratings, "คะแนน")),
            new FieldRow("แบบประเมินความพึงพอใจ", Average(f.AverageSurveyScore, f.SurveyResponses, "ชุด")),
        };
        AddGroup(rows, "ตามประเภท", f.ByKind);
        AddGroup(rows, "ตามสถานะ", [.. f.ByStatus.Select(s => (s.Status.Thai(), s.Count))]);
        AddGroup(rows, "ตามหน่วยงาน", f.ByUnit);
        var title = "สถิติเรื่องร้องเรียน";
        var period = $"{label} ({ThaiDate.FormatShortRange(f.From, f.To)})";
        return new Card(new CardHeader(title, period, null), rows, null)
        {
            AltText = string.Create(CultureInfo.InvariantCulture, $"{title} {label}: รับ {f.Received} · เสร็จ {f.Closed} · ค้าง {f.Open} · เกินกำหนด {f.Overdue}"),
        };
    }

    private static void AddGroup(List<CardRow> rows, string heading, IReadOnlyList<(string Name, int Count)> group)
    {
        if (group.Count > 0)
        {
            rows.Add(new TextRow(heading));
            rows.AddRange(group.Select(g => new FieldRow(g.Name, Count(g.Count))));
        }
    }

    private static string Count(int count) => string.Create(CultureInfo.InvariantCulture, $"{count} เรื่อง");

    private static string Average(double? average, int count, string unit) =>
        average is double a ? string.Create(CultureInfo.InvariantCulture, $"{a:0.0} / 5 ({count} {unit})") : "-";
}

/// <summary>Which period the statistics are for: this month, a fiscal year, or (neither) this fiscal year.</summary>
public sealed record ComplaintPeriod(bool ThisMonth, int? FiscalYear);
