using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;

namespace ItaBot.Core.Reports;

/// <summary>Draws the progress report from the plan of a fiscal year and everything recorded on its measures.</summary>
public sealed class ProgressReports(MeasureCatalog catalog, FiscalCalendar calendar, TimeProvider time)
{
    /// <summary>
    /// The report for the first <paramref name="months"/> months (6 or 12) of fiscal year <paramref name="fiscalYear"/>,
    /// as of the end of its last day or now, whichever is earlier.
    /// </summary>
    /// <exception cref="ReportException">No plan of that fiscal year is in the database.</exception>
    public async Task<ProgressReport> ForAsync(int fiscalYear, int months, CancellationToken cancellationToken)
    {
        if (months is not (6 or 12))
        {
            throw new ReportException("รายงานความก้าวหน้ามีรอบ 6 เดือนและ 12 เดือน / the progress report covers 6 or 12 months");
        }

        var plan = await catalog.PlanForAsync(fiscalYear, cancellationToken);
        if (plan is null || plan.FiscalYear != fiscalYear)
        {
            throw new ReportException(string.Create(CultureInfo.InvariantCulture,
                $"ยังไม่มีแผนของปีงบประมาณ {fiscalYear} ในระบบ / no plan for fiscal year {fiscalYear}{(plan is null ? "" : $" (the database holds {plan.FiscalYear})")}"));
        }

        var year = new FiscalYear(fiscalYear);
        var to = year.Start.AddMonths(months).AddDays(-1);
        var endOfPeriod = calendar.InstantOf(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddTicks(-1);
        var at = time.GetUtcNow() < endOfPeriod ? time.GetUtcNow() : endOfPeriod;
        var measures = (await catalog.WithHistoryAsync(plan, cancellationToken)).Select(m => m.RewindTo(at)).OrderBy(m => m.Number);
        return new ProgressReport(plan.OrganizationName, fiscalYear, months, year.Start, to, calendar.DateOf(at), [.. measures.Select(Row)]);
    }

    private ProgressRow Row(Measure measure)
    {
        var outputs = measure.Outputs.OrderBy(o => o.Position)
            .Select(o => new OutputLine(Sentence(o), Updates(measure, o.Position)))
            .ToList();
        if (Updates(measure, null) is { Count: > 0 } notes)
        {
            outputs.Add(new OutputLine("อื่น ๆ", notes));
        }

        return new ProgressRow(
            measure.Number, measure.Title, measure.Steps, measure.PeriodStart, measure.PeriodEnd, measure.ResponsibleUnits,
            outputs, measure.Outcomes, measure.Status);
    }

    /// <summary>"ตรวจสอบพัสดุ ครุภัณฑ์ 3 ครั้ง จาก 4 ครั้ง"; without a target, what was counted.</summary>
    public static string Sentence(MeasureOutput output)
    {
        var unit = output.Unit is { Length: > 0 } u ? " " + u : "";
        return output.Target is int target
            ? string.Create(CultureInfo.InvariantCulture, $"{output.Label} {output.Actual}{unit} จาก {target}{unit}")
            : output.Actual > 0 ? string.Create(CultureInfo.InvariantCulture, $"{output.Label} {output.Actual}{unit}") : output.Label;
    }

    /// <summary>Each update of one output (or of none), oldest first: its day, what was done, and where the evidence is.</summary>
    private List<string> Updates(Measure measure, int? position) =>
        [.. measure.Updates.Where(u => u.OutputPosition == position).OrderBy(u => u.RecordedAt).Select(u =>
        {
            var evidence = new[] { u.EvidenceReference, u.EvidenceFileId is null ? null : "ภาพถ่าย" }.OfType<string>().ToList();
            var line = $"{ThaiDate.FormatShort(calendar.DateOf(u.RecordedAt))} {u.Text}";
            return evidence.Count == 0 ? line : $"{line} (หลักฐาน: {string.Join(", ", evidence)})";
        })];
}
