using ItaBot.Core.Calendar;
using ItaBot.Core.Feedback;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Reports;

/// <summary>Draws the satisfaction survey's summary of a period from the answers given.</summary>
public sealed class SurveyReports(ItaBotDbContext db, OrganizationOptions organization, FiscalCalendar calendar)
{
    public async Task<SurveyReport> ForAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = FiscalCalendar.UtcWindow(period.From, period.To);
        var responses = (await db.SurveyResponses.AsNoTracking().Include(r => r.Answers).Where(r => r.At >= start && r.At < end).ToListAsync(cancellationToken))
            .Where(r => calendar.Within(r.At, period.From, period.To))
            .OrderBy(r => r.At)
            .ToList();
        var answers = responses.SelectMany(r => r.Answers).ToList();
        return new SurveyReport(
            organization.Name,
            period,
            responses.Count,
            [.. SurveyQuestions.All.Select(q => new SurveyQuestionResult(
                q.Text, [.. Enumerable.Range(1, 5).Select(score => answers.Count(a => a.Question == q.Code && a.Score == score))]))],
            [.. responses.Select(r => r.Comment).OfType<string>().Where(c => c.Length > 0)]);
    }
}
