using System.Globalization;
using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Scheduling;

namespace ItaBot.Jobs;

/// <summary>
/// After months 6 and 12 of the fiscal year: the report of the round just ended is drafted from the data, and whoever
/// writes it (<see cref="ApprovalOptions.Writer"/>; the administrators when nobody holds that position) is told it is
/// ready to check and send up the chain. Once per round, and not for a round already sent or without a plan.
/// </summary>
public sealed class ReportDraftJob(ApprovalDesk desk, MeasureCatalog catalog, PeopleDirectory people, ApprovalOptions options, FiscalCalendar calendar, Ledger ledger, IMessenger messenger)
    : IScheduledJob
{
    public const string JobId = "report-draft";

    public string Id => JobId;

    public string DefaultCron => "0 9 1 4,10 *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameDay;

    public string Description => "ร่างรายงานรอบ 6 และ 12 เดือน / the 6- and 12-month report drafted";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The round that ended last: the 6 months to March from April on, otherwise last year's 12.
        var month = FiscalMonth.Of(calendar.DateOf(at));
        var (year, months) = month.Index >= 7 ? (month.Year.BuddhistYear, 6) : (month.Year.BuddhistYear - 1, 12);
        var plan = await catalog.PlanForAsync(year, cancellationToken);
        if (plan?.FiscalYear != year || await desk.FindAsync(year, months, cancellationToken) is not null)
        {
            return;
        }

        var linked = await people.LinkedAsync(cancellationToken);
        var writers = linked.Where(p => options.Writer.Length > 0 && p.Position == options.Writer).ToList();
        var to = (writers.Count > 0 ? writers : linked.Where(p => p.Role == Role.Admin)).Select(p => p.LineUserId!);
        var round = string.Create(CultureInfo.InvariantCulture, $"{months}/{year}");
        var send = string.Create(CultureInfo.InvariantCulture, $"ส่งรายงาน {months} เดือน ปีงบประมาณ {year}");
        var show = string.Create(CultureInfo.InvariantCulture, $"รายงานความก้าวหน้า ปีงบประมาณ {year} {months} เดือน");
        messenger.Send(await ledger.TakeUnsentAsync(JobId, round, to, cancellationToken), new Notice(
            string.Create(CultureInfo.InvariantCulture,
                $"ร่างรายงานรอบ {months} เดือน ปีงบประมาณ {year} และบันทึกข้อความนำส่ง ทำจากข้อมูลในระบบพร้อมแล้วค่ะ ตรวจดูได้ที่ \"{show}\" แก้ไขข้อมูลที่ยังไม่ครบ แล้วพิมพ์ \"{send}\" เพื่อเสนอตามลำดับ"),
            [new NoticeButton("ดูร่างรายงาน", show), new NoticeButton("ส่งรายงาน", send)]));
    }
}
