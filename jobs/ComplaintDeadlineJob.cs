using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using ItaBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Jobs;

/// <summary>
/// The 15-day promise, watched daily: a complaint still untouched (รับเรื่องแล้ว) 10 days after it was filed reminds its
/// handlers; one open past its due date is reported to the managers. Each once per complaint.
/// </summary>
public sealed class ComplaintDeadlineJob(
    ItaBotDbContext db, ComplaintDesk desk, PeopleDirectory people, FiscalCalendar calendar, Ledger ledger, IMessenger messenger)
    : IScheduledJob
{
    public const string JobId = "complaint-watch";

    public const int RemindAfterDays = 10;

    public string Id => JobId;

    public string DefaultCron => "0 8 * * *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameMorning;

    public string Description => "ติดตามเรื่องร้องเรียนใกล้ครบ 15 วัน / complaint deadline watch";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(at);
        // Open as they stood at the run's instant: filed by then and not yet closed then.
        var open = (await db.Complaints.AsNoTracking().Include(c => c.History)
            .Where(c => c.FiledAt <= at && (c.ClosedAt == null || c.ClosedAt > at))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => !c.StatusAt(at).IsClosed()).ToList();
        var linked = await people.LinkedAsync(cancellationToken);
        var managers = linked.Where(p => p.Role == Role.Manager).Select(p => p.LineUserId!).ToList();
        var overseers = linked.Where(p => p.Role is Role.Manager or Role.Admin).Select(p => p.LineUserId!).ToList();
        foreach (var complaint in open)
        {
            var filed = calendar.DateOf(complaint.FiledAt);
            var handlers = (await desk.HandlersAsync(complaint, cancellationToken)).People.Select(p => p.LineUserId!).ToList();
            if (handlers.Count == 0)
            {
                // Filed while nobody could receive it: said once to whoever oversees the organisation, never described.
                var to = await ledger.TakeUnsentAsync($"{JobId}-nobody", complaint.Number, overseers, cancellationToken);
                var who = complaint.Category == ComplaintCategory.Corruption ? "ผู้รับผิดชอบด้านความโปร่งใส" : $"เจ้าหน้าที่ของ{complaint.Unit}";
                messenger.Send(to, new Notice(
                    $"เรื่อง {complaint.Number} ยังไม่มีผู้รับเรื่อง: ไม่มี{who}เชื่อมบัญชี LINE กรุณาเพิ่มหรือมอบหมายผู้ดำเนินการ (ต้องแจ้งผลภายใน {ThaiDate.FormatShort(complaint.DueOn)})",
                    [new NoticeButton("เรื่องค้าง", "เรื่องค้าง")]));
            }

            if (complaint.StatusAt(at) == ComplaintStatus.Received && today.DayNumber - filed.DayNumber >= RemindAfterDays)
            {
                var to = await ledger.TakeUnsentAsync($"{JobId}-day{RemindAfterDays}", complaint.Number, handlers, cancellationToken);
                messenger.Send(to, new Notice(
                    $"เรื่อง {complaint.Number} รับไว้ {today.DayNumber - filed.DayNumber} วันแล้วยังไม่มีการดำเนินการ ต้องแจ้งผลภายใน {ThaiDate.FormatShort(complaint.DueOn)}",
                    [new NoticeButton($"จัดการ {complaint.Number}", $"จัดการ {complaint.Number}")]));
            }

            if (today > complaint.DueOn)
            {
                var to = await ledger.TakeUnsentAsync($"{JobId}-overdue", complaint.Number, managers, cancellationToken);
                var what = complaint.Category == ComplaintCategory.Corruption ? "รายงานการทุจริต" : $"{complaint.Kind} ({complaint.Unit})";
                messenger.Send(to, new Notice(
                    $"เรื่อง {complaint.Number} {what} เกินกำหนด 15 วันแล้ว (ครบกำหนด {ThaiDate.FormatShort(complaint.DueOn)})",
                    [new NoticeButton("เรื่องค้าง", "เรื่องค้าง")]));
            }
        }
    }
}
