using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Scheduling;

namespace ItaBot.Jobs;

/// <summary>
/// The quarterly inspection of วัสดุและครุภัณฑ์ (the measures of analysis area 4): at the start of each quarter the
/// responsible units' staff are reminded; two weeks before it ends, again if nothing is recorded; once it has ended the
/// managers hear which units did not record it. Recording the inspection stops that quarter's reminders. It runs daily,
/// so a day missed while the bot was down is caught up the next time it runs.
/// </summary>
public sealed class QuarterlyAssetCheckJob(MeasureCatalog catalog, PeopleDirectory people, FiscalCalendar calendar, Ledger ledger, IMessenger messenger)
    : IScheduledJob
{
    public const string JobId = "asset-check";

    /// <summary>The analysis area of asset governance (กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ).</summary>
    public const int AssetArea = 4;

    public static readonly int DaysBeforeEnd = 14;

    public string Id => JobId;

    public string DefaultCron => "0 9 * * *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameMorning;

    public string Description => "ตรวจสอบวัสดุและครุภัณฑ์รายไตรมาส / quarterly asset-check reminders";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(at);
        var quarter = FiscalQuarter.Of(today);
        var linked = await people.LinkedAsync(cancellationToken);
        foreach (var measure in await AssetMeasuresAsync(quarter.Year, cancellationToken))
        {
            if (measure.PeriodStart <= today && today <= measure.PeriodEnd && !Recorded(measure, quarter, at))
            {
                var staff = linked.Where(p => p.Role == Role.Staff && p.Units.Intersect(measure.ResponsibleUnits).Any()).Select(p => p.LineUserId!).ToList();
                await RemindAsync(measure, quarter, staff, today, cancellationToken);
            }
        }

        // The quarter just ended may belong to last fiscal year's plan.
        var ended = quarter.Number > 1 ? quarter.Year.Quarter(quarter.Number - 1) : new FiscalYear(quarter.Year.BuddhistYear - 1).Quarter(4);
        var managers = linked.Where(p => p.Role == Role.Manager).Select(p => p.LineUserId!).ToList();
        foreach (var measure in await AssetMeasuresAsync(ended.Year, cancellationToken))
        {
            if (measure.PeriodStart <= ended.End && ended.End <= measure.PeriodEnd && !Recorded(measure, ended, at))
            {
                var to = await ledger.TakeUnsentAsync($"{JobId}-missed", Key(ended, measure), managers, cancellationToken);
                messenger.Send(to, new Notice(
                    string.Create(CultureInfo.InvariantCulture,
                        $"{ended} สิ้นสุดแล้ว หน่วยงานที่ยังไม่บันทึกการตรวจสอบวัสดุและครุภัณฑ์: {string.Join(", ", measure.ResponsibleUnits)} (มาตรการที่ {measure.Number})"),
                    [Button("ดูมาตรการ", "มาตรการ", measure.Number)]));
            }
        }
    }

    private async Task RemindAsync(Measure measure, FiscalQuarter quarter, List<string> staff, DateOnly today, CancellationToken cancellationToken)
    {
        var buttons = new[] { Button("บันทึกผลการตรวจ", "อัปเดตมาตรการ", measure.Number), Button("ดูมาตรการ", "มาตรการ", measure.Number) };
        var start = await ledger.TakeUnsentAsync($"{JobId}-start", Key(quarter, measure), staff, cancellationToken);
        messenger.Send(start, new Notice(
            string.Create(CultureInfo.InvariantCulture,
                $"เริ่มไตรมาส {quarter.Number} แล้วค่ะ ถึงรอบตรวจสอบวัสดุและครุภัณฑ์ของทุกส่วนงาน (มาตรการที่ {measure.Number})\nตรวจเสร็จแล้วบันทึกผลได้ทันที"),
            buttons));

        var daysLeft = quarter.End.DayNumber - today.DayNumber;
        if (daysLeft <= DaysBeforeEnd)
        {
            var late = await ledger.TakeUnsentAsync($"{JobId}-late", Key(quarter, measure), staff, cancellationToken);
            messenger.Send(late, new Notice(
                string.Create(CultureInfo.InvariantCulture,
                    $"อีก {daysLeft} วันจะสิ้นไตรมาส {quarter.Number} ยังไม่ได้บันทึกการตรวจสอบวัสดุและครุภัณฑ์ (มาตรการที่ {measure.Number}) ค่ะ"),
                buttons));
        }
    }

    /// <summary>The plan's asset measures for the fiscal year, each with its history.</summary>
    private async Task<List<Measure>> AssetMeasuresAsync(FiscalYear year, CancellationToken cancellationToken)
    {
        var plan = await catalog.PlanForAsync(year.BuddhistYear, cancellationToken);
        return plan is null ? [] : [.. (await catalog.WithHistoryAsync(plan, cancellationToken)).Where(m => m.AnalysisArea == AssetArea)];
    }

    /// <summary>
    /// An update in the quarter, made by <paramref name="at"/>, on one of the measure's quarterly outputs (its
    /// inspections), or on any output when it has none. Run as if at a past instant, the job sees what was known then.
    /// </summary>
    private bool Recorded(Measure measure, FiscalQuarter quarter, DateTimeOffset at)
    {
        var quarterly = measure.Outputs.Where(o => o.Cadence == Cadence.Quarterly).Select(o => (int?)o.Position).ToList();
        return measure.Updates.Any(u => u.RecordedAt <= at && quarter.Contains(calendar.DateOf(u.RecordedAt))
            && (quarterly.Count == 0 || quarterly.Contains(u.OutputPosition)));
    }

    private static string Key(FiscalQuarter quarter, Measure measure) =>
        string.Create(CultureInfo.InvariantCulture, $"{quarter.Year.BuddhistYear}-Q{quarter.Number}-m{measure.Number}");

    private static NoticeButton Button(string label, string command, int number) =>
        new(label, string.Create(CultureInfo.InvariantCulture, $"{command} {number}"));
}
