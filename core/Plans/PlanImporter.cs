using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Plans;

/// <summary>
/// Brings a validated plan file into the database in one transaction. A plan is identified by organisation and
/// fiscal year and its measures by number, so importing a plan again updates it in place: the definition follows the
/// file, history entries are added once, and progress (actual counts, status) changes only where the file states it —
/// a plan file without progress never wipes what staff have recorded.
/// </summary>
public sealed class PlanImporter(ItaBotDbContext db, TimeProvider time)
{
    public async Task<PlanImportResult> ImportAsync(PlanDocument document, CancellationToken cancellationToken)
    {
        var organization = document.Organization!.Trim();
        var fiscalYear = new FiscalYear(document.FiscalYear!.Value);
        var plan = await db.Plans
            .Include(p => p.Measures).ThenInclude(m => m.Updates)
            .SingleOrDefaultAsync(p => p.OrganizationName == organization && p.FiscalYear == fiscalYear.BuddhistYear, cancellationToken);
        var created = plan is null;
        if (plan is null)
        {
            plan = new Plan { OrganizationName = organization, FiscalYear = fiscalYear.BuddhistYear };
            db.Plans.Add(plan);
        }

        plan.Title = Clean(document.Title);
        int added = 0, updated = 0, updatesAdded = 0;
        foreach (var source in document.Measures!)
        {
            var measure = plan.Measures.SingleOrDefault(m => m.Number == source!.Number);
            if (measure is null)
            {
                measure = new Measure { Number = source!.Number!.Value, Title = "" };
                plan.Measures.Add(measure);
                added++;
            }

            var newUpdates = Apply(measure, source!, fiscalYear);
            updatesAdded += newUpdates;
            if (!created && measure.Id != 0 && (newUpdates > 0 || IsModified(measure)))
            {
                updated++;
            }
        }

        var numbers = document.Measures!.Select(m => m!.Number!.Value).ToHashSet();
        var removed = plan.Measures.Where(m => !numbers.Contains(m.Number)).ToList();
        foreach (var measure in removed)
        {
            plan.Measures.Remove(measure);
        }

        var changed = created || db.ChangeTracker.HasChanges();
        if (changed)
        {
            plan.ImportedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PlanImportResult(plan.Id, created, changed, added, updated, removed.Count, updatesAdded);
    }

    private static int Apply(Measure measure, MeasureDocument source, FiscalYear fiscalYear)
    {
        measure.Title = Clean(source.Title)!;
        measure.AnalysisArea = source.Area!.Value;
        measure.Steps = CleanAll(source.Steps);
        measure.ResponsibleUnits = CleanAll(source.ResponsibleUnits);
        measure.Outcomes = CleanAll(source.Outcomes);
        measure.Monitoring = Clean(source.Monitoring);
        measure.PeriodStart = source.Period?.Start ?? fiscalYear.Start;
        measure.PeriodEnd = source.Period?.End ?? fiscalYear.End;
        measure.Status = source.Status ?? measure.Status;

        var outputs = source.Outputs ?? [];
        for (var i = 0; i < outputs.Count; i++)
        {
            var position = i + 1;
            var output = measure.Outputs.SingleOrDefault(o => o.Position == position);
            if (output is null)
            {
                output = new MeasureOutput { Position = position, Label = "", Description = "" };
                measure.Outputs.Add(output);
            }

            var from = outputs[i]!;
            output.Label = Clean(from.Label)!;
            output.Description = Clean(from.Description) ?? output.Label;
            output.Target = from.Target;
            output.Unit = Clean(from.Unit);
            output.Cadence = from.Cadence ?? Cadence.AnyTime;
            output.Actual = from.Actual ?? output.Actual;
        }

        measure.Outputs.RemoveAll(o => o.Position > outputs.Count);

        var newUpdates = 0;
        foreach (var from in source.Updates ?? [])
        {
            var text = Clean(from!.Text)!;
            var by = Clean(from.By)!;
            if (measure.Updates.Any(u => u.RecordedAt == from.At && u.RecordedBy == by && u.Text == text))
            {
                continue;
            }

            measure.Updates.Add(new ProgressUpdate
            {
                RecordedAt = from.At!.Value,
                RecordedBy = by,
                Text = text,
                OutputPosition = from.Output,
                Amount = from.Amount,
                EvidenceReference = Clean(from.Evidence),
            });
            newUpdates++;
        }

        return newUpdates;
    }

    private bool IsModified(Measure measure) =>
        db.Entry(measure).State != EntityState.Unchanged
        || db.ChangeTracker.Entries<MeasureOutput>().Any(e => e.Entity.MeasureId == measure.Id && e.State != EntityState.Unchanged);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> CleanAll(List<string?>? texts) => texts?.Select(t => t!.Trim()).ToList() ?? [];
}
