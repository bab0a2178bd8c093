using ItaBot.Core.Calendar;
using ItaBot.Core.Numbering;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Feedback;

/// <summary>Takes suggestions and survey answers; saved with the turn that completed them.</summary>
public sealed class FeedbackBox(ItaBotDbContext db, YearlyNumbers numbers, FiscalCalendar calendar, TimeProvider time)
{
    public const string SuggestionSeries = "S";

    public async Task<Suggestion> SuggestAsync(string text, string userId, bool anonymous, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (number, _, _) = await numbers.NextAsync(SuggestionSeries, calendar.DateOf(now), cancellationToken);
        var suggestion = new Suggestion { Number = number, Text = text, IsAnonymous = anonymous, UserId = anonymous ? null : userId, At = now };
        db.Suggestions.Add(suggestion);
        return suggestion;
    }

    /// <summary>The latest suggestions, newest first: what staff read with "ข้อเสนอแนะทั้งหมด".</summary>
    public Task<List<Suggestion>> LatestAsync(int count, CancellationToken cancellationToken) =>
        db.Suggestions.AsNoTracking().OrderByDescending(s => s.Id).Take(count).ToListAsync(cancellationToken);

    public SurveyResponse Answer(IReadOnlyDictionary<string, int> scores, string? comment)
    {
        var response = new SurveyResponse { At = time.GetUtcNow(), Comment = comment };
        response.Answers.AddRange(scores.Select(s => new SurveyAnswer { Question = s.Key, Score = s.Value }));
        db.SurveyResponses.Add(response);
        return response;
    }
}
