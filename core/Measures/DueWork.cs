using ItaBot.Core.Calendar;

namespace ItaBot.Core.Measures;

/// <summary>Why an output needs attention now.</summary>
public enum DueKind
{
    /// <summary>A monthly output with nothing recorded this month.</summary>
    ThisMonth,

    /// <summary>A quarterly output with nothing recorded this quarter.</summary>
    ThisQuarter,

    /// <summary>Any other output whose count is behind where the plan should be by the end of this quarter.</summary>
    Behind,
}

public sealed record DueOutput(Measure Measure, MeasureOutput Output, DueKind Kind, int Expected);

/// <summary>
/// What is due on a plan's outputs at a given day: the rhythm of each output (<see cref="Cadence"/>) against what has
/// been recorded. The managers' summaries and the reminders ask the same question.
/// </summary>
public static class DueWork
{
    /// <summary>
    /// The outputs of <paramref name="measures"/> (with their updates) that need attention on <paramref name="today"/>.
    /// Measures whose period does not include today have nothing due.
    /// </summary>
    public static List<DueOutput> On(DateOnly today, IEnumerable<Measure> measures, Func<DateTimeOffset, DateOnly> dateOf)
    {
        var month = FiscalMonth.Of(today);
        var due = new List<DueOutput>();
        foreach (var measure in measures.Where(m => m.PeriodStart <= today && today <= m.PeriodEnd).OrderBy(m => m.Number))
        {
            foreach (var output in measure.Outputs.Where(o => o.Target is > 0 && o.Actual < o.Target).OrderBy(o => o.Position))
            {
                var recorded = measure.Updates.Where(u => u.OutputPosition == output.Position).Select(u => dateOf(u.RecordedAt)).ToList();
                var expected = ExpectedBy(output, month);
                DueKind? kind = output.Cadence switch
                {
                    Cadence.Monthly when !recorded.Any(d => d >= month.Start && d <= month.End) => DueKind.ThisMonth,
                    Cadence.Quarterly when !recorded.Any(month.Quarter.Contains) => DueKind.ThisQuarter,
                    Cadence.Monthly or Cadence.Quarterly => null,
                    _ when output.Actual < expected => DueKind.Behind,
                    _ => null,
                };
                if (kind is { } k)
                {
                    due.Add(new DueOutput(measure, output, k, expected));
                }
            }
        }

        return due;
    }

    /// <summary>
    /// The count the plan should have reached by the end of <paramref name="month"/>'s quarter (by the end of the month
    /// for monthly outputs): a quarterly target of 4 expects 2 by the end of quarter 2; a yearly or any-time target is
    /// expected only in the last quarter.
    /// </summary>
    public static int ExpectedBy(MeasureOutput output, FiscalMonth month)
    {
        var target = output.Target ?? 0;
        var quarter = month.Quarter.Number;
        return output.Cadence switch
        {
            Cadence.Monthly => target * month.Index / 12,
            Cadence.Quarterly => target * quarter / 4,
            Cadence.HalfYearly => target * (quarter <= 2 ? 1 : 2) / 2,
            _ => quarter == 4 ? target : 0,
        };
    }
}
