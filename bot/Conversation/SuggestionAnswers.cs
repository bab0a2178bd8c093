using ItaBot.Bot.Cards;
using ItaBot.Core.Calendar;
using ItaBot.Core.Feedback;

namespace ItaBot.Bot.Conversation;

/// <summary>"ข้อเสนอแนะทั้งหมด", for staff: the latest suggestions, newest first, never who sent them.</summary>
public sealed class SuggestionAnswers(FeedbackBox box, FiscalCalendar calendar)
{
    public const int Shown = 10;

    public async Task<Reply> LatestAsync(CancellationToken cancellationToken)
    {
        var latest = await box.LatestAsync(Shown, cancellationToken);
        if (latest.Count == 0)
        {
            return Reply.Text("ยังไม่มีข้อเสนอแนะจากประชาชนค่ะ", Choice.Of("สถิติเรื่องร้องเรียน"), Choice.Of("งานของฉัน"));
        }

        var rows = latest.Select(s => new FieldRow(
            $"{s.Number} · {ThaiDate.FormatShort(calendar.DateOf(s.At))}{(s.IsAnonymous ? " · ไม่ระบุตัวตน" : "")}", s.Text)).ToList<CardRow>();
        var title = $"ข้อเสนอแนะล่าสุด {latest.Count} รายการ";
        return new Reply(
            [new CardMessage(new Card(new CardHeader(title, null, null), rows, null) { AltText = title })],
            [Choice.Of("สถิติเรื่องร้องเรียน"), Choice.Of(ComplaintCommands.OpenWord)]);
    }
}
