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
    /// <summary>The figures as they stood at <paramref name="asOf"/> (now, by default): closed means closed by then.</summary>
    public async Task<ComplaintFigures> ForAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken, DateTimeOffset? asOf = null)
    {
        var at = asOf ?? time.GetUtcNow();
        // A wide net in UTC, then the organisation's own days: SQLite cannot convert time zones.
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2);
        var complaints = (await db.Complaints.AsNoTracking().Include(c => c.History).Where(c => c.FiledAt >= start && c.FiledAt < end).ToListAsync(cancellationToken))
            .Where(c => c.FiledAt <= at && InPeriod(c.FiledAt, from, to)).ToList();
        var surveys = (await db.SurveyResponses.AsNoTracking().Include(r => r.Answers).Where(r => r.At >= start && r.At < end).ToListAsync(cancellationToken))
            .Where(r => r.At <= at && InPeriod(r.At, from, to)).ToList();

        var today = calendar.DateOf(at);
        bool Closed(Complaint c) => c.ClosedAt is { } closedAt && closedAt <= at;
        var closed = complaints.Where(Closed).ToList();
        var overdue = complaints.Count(c => !Closed(c) && c.DueOn < today);
        var judged = closed.Count + overdue;
        var onTime = closed.Count(c => calendar.DateOf(c.ClosedAt!.Value) <= c.DueOn);
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
            [.. complaints.GroupBy(c => c.Category == ComplaintCategory.Corruption ? "ผู้รับผิดชอบด้านความโปร่งใส" : c.Unit)
                .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)]);
    }

    private bool InPeriod(DateTimeOffset instant, DateOnly from, DateOnly to)
    {
        var day = calendar.DateOf(instant);
        return day >= from && day <= to;
    }
}
