using ItaBot.Core.Calendar;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Complaints;

/// <summary>
/// Counts complaints filed in a period — by kind, status and unit — with the share answered within the 15 days among
/// those closed or already due, the average rating, and the satisfaction survey's average over the same days.
/// </summary>
public sealed class ComplaintStatistics(ItaBotDbContext db, FiscalCalendar calendar, TimeProvider time)
{
    /// <summary>The one name corruption reports are counted under by unit: which unit handled one is not told.</summary>
    public const string CorruptionDesk = "ผู้รับผิดชอบด้านความโปร่งใส";

    /// <summary>The figures as they stood at <paramref name="asOf"/> (now, by default): closed means closed by then.</summary>
    public async Task<ComplaintFigures> ForAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken, DateTimeOffset? asOf = null)
    {
        var at = asOf ?? time.GetUtcNow();
        var (start, end) = FiscalCalendar.UtcWindow(from, to);
        var complaints = (await db.Complaints.AsNoTracking().Include(c => c.History).Where(c => c.FiledAt >= start && c.FiledAt < end).ToListAsync(cancellationToken))
            .Where(c => c.FiledAt <= at && calendar.Within(c.FiledAt, from, to)).ToList();
        var surveys = (await db.SurveyResponses.AsNoTracking().Include(r => r.Answers).Where(r => r.At >= start && r.At < end).ToListAsync(cancellationToken))
            .Where(r => r.At <= at && calendar.Within(r.At, from, to)).ToList();

        var today = calendar.DateOf(at);
        bool Closed(Complaint c) => c.ClosedAt is { } closedAt && closedAt <= at;
        var closed = complaints.Where(Closed).ToList();
        var overdue = complaints.Count(c => !Closed(c) && c.DueOn < today);
        var judged = closed.Count + overdue;
        bool OnTime(Complaint c) => calendar.DateOf(c.ClosedAt!.Value) <= c.DueOn;
        var onTime = closed.Count(OnTime);
        var corruption = complaints.Where(c => c.Category == ComplaintCategory.Corruption).ToList();
        var rated = closed.Where(c => c.Rating is not null).ToList();
        var scores = surveys.SelectMany(r => r.Answers).Select(a => a.Score).ToList();
        return new ComplaintFigures(
            from,
            to,
            complaints.Count,
            closed.Count,
            complaints.Count - closed.Count,
            overdue,
            judged == 0 ? null : 100.0 * onTime / judged,
            rated.Count == 0 ? null : rated.Average(c => c.Rating!.Value),
            rated.Count,
            scores.Count == 0 ? null : scores.Average(),
            surveys.Count,
            [.. complaints.GroupBy(c => c.Kind).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)],
            [.. Enum.GetValues<ComplaintStatus>().Select(s => (s, complaints.Count(c => c.StatusAt(at) == s))).Where(s => s.Item2 > 0)],
            [.. complaints.GroupBy(c => c.Category == ComplaintCategory.Corruption ? CorruptionDesk : c.Unit)
                .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)],
            onTime,
            new CorruptionFigures(corruption.Count, corruption.Count(Closed), corruption.Where(Closed).Count(OnTime)));
    }
}
