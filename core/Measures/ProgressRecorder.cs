using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Measures;

/// <summary>
/// Records progress on a measure: the entry in its history (who, when, what), the output's count, and the status that
/// follows. Nothing is saved here: the change is saved with the turn that made it, together with the answer, and a
/// measure changed by someone else in between makes that save fail and be redone on fresh counts (see
/// <see cref="Measure.Version"/>).
/// </summary>
public sealed class ProgressRecorder(ItaBotDbContext db, TimeProvider time)
{
    /// <summary>The measure with its outputs, tracked for a change.</summary>
    public Task<Measure?> LoadAsync(int measureId, CancellationToken cancellationToken) =>
        db.Measures.SingleOrDefaultAsync(m => m.Id == measureId, cancellationToken);

    public ProgressUpdate Record(Measure measure, int? outputPosition, int? amount, string text, Member by, Guid? evidenceFileId = null)
    {
        var output = outputPosition is int position ? measure.Outputs.Single(o => o.Position == position) : null;
        if (output is not null && amount is int added)
        {
            output.Actual = Math.Max(0, output.Actual + added);
        }

        var update = Add(measure, by, text, outputPosition, amount);
        update.EvidenceFileId = evidenceFileId;
        if (!measure.StatusIsManual)
        {
            measure.Status = Follow(measure, hasUpdates: true);
        }

        return update;
    }

    /// <summary>A person decides the status, with a reason; it stays so until someone sets it again.</summary>
    public ProgressUpdate SetStatus(Measure measure, MeasureStatus status, string reason, Member by)
    {
        measure.Status = status;
        measure.StatusIsManual = true;
        var update = Add(measure, by, reason, null, null);
        update.SetStatus = status;
        return update;
    }

    /// <summary>
    /// ยังไม่ดำเนินการ until anything is recorded; ดำเนินการแล้ว once every output with a target has met it;
    /// ระหว่างดำเนินการ in between.
    /// </summary>
    public static MeasureStatus Follow(Measure measure, bool hasUpdates)
    {
        var targets = measure.Outputs.Where(o => o.Target is not null).ToList();
        if (targets.Count > 0 && targets.All(o => o.Actual >= o.Target))
        {
            return MeasureStatus.Done;
        }

        return hasUpdates || measure.Outputs.Any(o => o.Actual > 0) ? MeasureStatus.InProgress : MeasureStatus.NotStarted;
    }

    private ProgressUpdate Add(Measure measure, Member by, string text, int? outputPosition, int? amount)
    {
        measure.Version++;
        var update = new ProgressUpdate
        {
            MeasureId = measure.Id,
            OutputPosition = outputPosition,
            RecordedAt = time.GetUtcNow(),
            RecordedBy = by.Name ?? by.Role.Thai(),
            PersonId = by.PersonId,
            Text = text,
            Amount = amount,
        };
        db.ProgressUpdates.Add(update);
        return update;
    }
}
