using ItaBot.Core.Measures;

namespace ItaBot.Core.Plans;

/// <summary>
/// The demo plan: the ten FY2568 measures of เทศบาลตำบลไผ่ดำพัฒนา, transcribed from its progress report
/// (shared/seeds/003_…), with a mid-year snapshot of progress so that a new install has something to show.
/// </summary>
public static class DemoPlan
{
    private const string ResourceName = "ItaBot.Core.Plans.demo-plan.json";

    /// <summary>
    /// The demo plan as this fiscal year's: its periods and sample progress moved by as many years, and the progress not
    /// yet due by <paramref name="now"/> taken out (its counts with it), so that a new install today sees reminders,
    /// <c>งานของฉัน</c> and the summary at work. The text of the measures is the seed's own.
    /// </summary>
    public static PlanDocument ForYear(int fiscalYear, DateTimeOffset now)
    {
        var plan = Read();
        var years = fiscalYear - plan.FiscalYear!.Value;
        plan.FiscalYear = fiscalYear;
        foreach (var measure in plan.Measures!.OfType<MeasureDocument>())
        {
            if (measure.Period is { } period)
            {
                (period.Start, period.End) = (period.Start?.AddYears(years), period.End?.AddYears(years));
            }

            var updates = measure.Updates ?? [];
            updates.ForEach(u => u!.At = u.At?.AddYears(years));
            var later = updates.Where(u => u!.At > now).ToList();
            foreach (var update in later)
            {
                if (update is { Output: int position, Amount: int amount } && measure.Outputs?.ElementAtOrDefault(position - 1) is { } output)
                {
                    output.Actual = Math.Max(0, (output.Actual ?? 0) - amount);
                }

                updates.Remove(update);
            }

            if (later.Count > 0)
            {
                measure.Status = updates.Count > 0 || measure.Outputs?.Any(o => o?.Actual > 0) == true ? MeasureStatus.InProgress : MeasureStatus.NotStarted;
            }
        }

        return plan;
    }

    public static PlanDocument Read()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo plan resource {ResourceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PlanDocumentReader.Read(buffer.ToArray());
    }
}
