using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Scheduling;

namespace ItaBot.Jobs;

/// <summary>
/// From the configured day of each month (the 25th), each staff member whose units' measures have had no update this
/// month is reminded once, with the measures named.
/// </summary>
public sealed class MonthlyReportingJob(
    MeasureCatalog catalog, PeopleDirectory people, FiscalCalendar calendar, Ledger ledger, IMessenger messenger, JobOptions options)
    : IScheduledJob
{
    public const string JobId = "monthly-reminder";

    public string Id => JobId;

    public string DefaultCron => "0 9 * * *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameMorning;

    public string Description => "เตือนรายงานความคืบหน้ารายเดือน / monthly reporting reminder";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(at);
        if (today.Day < options.MonthlyReminderDay)
        {
            return;
        }

        var month = FiscalMonth.Of(today);
        var plan = await catalog.PlanForAsync(month.Year.BuddhistYear, cancellationToken);
        if (plan is null)
        {
            return;
        }

        var running = (await catalog.WithHistoryAsync(plan, cancellationToken)).Where(m => m.PeriodStart <= today && today <= m.PeriodEnd).ToList();
        foreach (var person in (await people.LinkedAsync(cancellationToken)).Where(p => p.Role == Role.Staff))
        {
            var quiet = running
                .Where(m => m.ResponsibleUnits.Intersect(person.Units).Any())
                .Where(m => !m.Updates.Any(u => u.RecordedAt <= at && calendar.DateOf(u.RecordedAt) >= month.Start))
                .OrderBy(m => m.Number).ToList();
            if (quiet.Count == 0)
            {
                continue;
            }

            var key = string.Create(CultureInfo.InvariantCulture, $"{month.Start:yyyy-MM}");
            foreach (var to in await ledger.TakeUnsentAsync(JobId, key, [person.LineUserId!], cancellationToken))
            {
                var numbers = string.Join(", ", quiet.Select(m => m.Number.ToString(CultureInfo.InvariantCulture)));
                messenger.Send([to], new Notice(
                    $"ใกล้สิ้นเดือน {month} แล้วค่ะ มาตรการที่ {numbers} ยังไม่มีการบันทึกความคืบหน้าในเดือนนี้",
                    [.. quiet.Take(12).Select(m => new NoticeButton(
                        string.Create(CultureInfo.InvariantCulture, $"อัปเดตมาตรการ {m.Number}"),
                        string.Create(CultureInfo.InvariantCulture, $"อัปเดตมาตรการ {m.Number}")))]));
            }
        }
    }
}
