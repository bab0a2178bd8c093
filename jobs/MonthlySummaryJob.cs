using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Scheduling;

namespace ItaBot.Jobs;

/// <summary>
/// On the 1st, each manager gets the summary of the month just ended: measures by status, outputs behind the plan,
/// complaints received, closed and overdue, and satisfaction. After months 6 and 12 of the fiscal year it is the
/// follow-up report (รายงานรอบ 6 เดือน / 12 เดือน). Run later in the month, it still sends that month's summary once.
/// </summary>
public sealed class MonthlySummaryJob(
    MeasureCatalog catalog, ComplaintStatistics statistics, PeopleDirectory people, FiscalCalendar calendar, Ledger ledger, IMessenger messenger)
    : IScheduledJob
{
    public const string JobId = "monthly-summary";

    public string Id => JobId;

    public string DefaultCron => "30 8 1 * *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameDay;

    public string Description => "สรุปความก้าวหน้ารายเดือนถึงผู้บริหาร / managers' monthly summary";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var month = FiscalMonth.Of(calendar.DateOf(at).AddMonths(-1));
        var managers = (await people.LinkedAsync(cancellationToken)).Where(p => p.Role == Role.Manager).Select(p => p.LineUserId!);
        var to = await ledger.TakeUnsentAsync(JobId, string.Create(CultureInfo.InvariantCulture, $"{month.Start:yyyy-MM}"), managers, cancellationToken);
        if (to.Count > 0)
        {
            var (title, fields) = await SummaryAsync(month, at, cancellationToken);
            var text = title + string.Concat(fields.Select(f => $"\n{f.Label}: {f.Value}"));
            messenger.Send(to, new Notice(text, [new("มาตรการทั้งหมด", "มาตรการทั้งหมด"), new("เรื่องค้าง", "เรื่องค้าง")])
            {
                Card = new NoticeCard(title, string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {month.Year.BuddhistYear}"), fields),
            });
        }
    }

    /// <summary>The title and the figures, the same for the card and for its text.</summary>
    private async Task<(string Title, List<NoticeField> Fields)> SummaryAsync(FiscalMonth month, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var kind = month.Index switch
        {
            6 => "รายงานรอบ 6 เดือน",
            12 => "รายงานรอบ 12 เดือน",
            _ => "สรุปความก้าวหน้า",
        };
        var title = $"{kind} {month} · ปีงบประมาณ {month.Year.BuddhistYear}";
        var fields = new List<NoticeField>();
        var plan = await catalog.PlanForAsync(month.Year.BuddhistYear, cancellationToken);
        if (plan is not null && plan.FiscalYear != month.Year.BuddhistYear)
        {
            // The figures below would be another year's: say so rather than pass them off as this one's.
            fields.Add(new("มาตรการ", string.Create(CultureInfo.InvariantCulture,
                $"ยังไม่มีแผนของปีงบประมาณ {month.Year.BuddhistYear} ในระบบ (แผนที่มี: ปีงบประมาณ {plan.FiscalYear}) กรุณานำเข้าแผนของปีนี้")));
        }
        else if (plan is not null)
        {
            var measures = (await catalog.WithHistoryAsync(plan, cancellationToken)).Select(m => m.RewindTo(at)).ToList();
            fields.Add(new("มาตรการ", string.Create(CultureInfo.InvariantCulture, $"{measures.Count} · ")
                + string.Join(" · ", Enum.GetValues<MeasureStatus>().Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Thai()} {measures.Count(m => m.Status == s)}")))));
            var behind = DueWork.On(month.End, measures, calendar.DateOf);
            fields.Add(new("ล่าช้ากว่าแผน", behind.Count == 0 ? "ไม่มี" : string.Join(", ", behind.Take(8).Select(d =>
                string.Create(CultureInfo.InvariantCulture, $"มาตรการ {d.Measure.Number} ({d.Output.Label} {d.Output.Actual}/{d.Output.Target})")))));
        }

        var figures = await statistics.ForAsync(month.Start, month.End, cancellationToken, asOf: at);
        fields.Add(new("เรื่องร้องเรียน", string.Create(CultureInfo.InvariantCulture, $"รับ {figures.Received} · เสร็จ {figures.Closed} · เกิน 15 วัน {figures.Overdue}")));
        fields.Add(new("ความพึงพอใจเฉลี่ย", figures.AverageRating is double rating
            ? string.Create(CultureInfo.InvariantCulture, $"{rating:0.0} / 5 ({figures.Ratings} คำตอบ)")
            : "ยังไม่มีคำตอบ"));
        return (title, fields);
    }
}
