namespace ItaBot.Core.Measures;

/// <summary>
/// A measure as it stood at an earlier instant, for work run "as of" then (a job triggered with <c>--at</c>, a run
/// caught up after a stop): only the updates recorded by then count.
/// </summary>
public static class MeasureAsOf
{
    /// <summary>
    /// Takes out of <paramref name="measure"/> — read without tracking, so nothing of this is saved — the updates
    /// recorded after <paramref name="at"/>, what they added to its outputs' counts, and the status they led to.
    /// </summary>
    public static Measure RewindTo(this Measure measure, DateTimeOffset at)
    {
        var later = measure.Updates.Where(u => u.RecordedAt > at).ToList();
        if (later.Count == 0)
        {
            return measure;
        }

        foreach (var update in later)
        {
            if (update is { Amount: int amount, OutputPosition: int position } && measure.Outputs.FirstOrDefault(o => o.Position == position) is { } output)
            {
                output.Actual = Math.Max(0, output.Actual - amount);
            }

            measure.Updates.Remove(update);
        }

        if (measure.Updates.Where(u => u.SetStatus is not null).MaxBy(u => u.RecordedAt) is { SetStatus: { } set })
        {
            (measure.Status, measure.StatusIsManual) = (set, true);
        }
        else if (!measure.StatusIsManual || later.Any(u => u.SetStatus is not null))
        {
            (measure.Status, measure.StatusIsManual) = (ProgressRecorder.Follow(measure, hasUpdates: measure.Updates.Count > 0), false);
        }

        return measure;
    }
}
