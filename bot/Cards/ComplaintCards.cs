using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;

namespace ItaBot.Bot.Cards;

/// <summary>The cards that show complaints: one with its history, and a person's own list.</summary>
public sealed class ComplaintCards(FiscalCalendar calendar)
{
    /// <summary>
    /// What the filer sees: its steps so far, and the promise still ahead while it is open; its handlers also see the
    /// case (<see cref="ComplaintCase"/>).
    /// </summary>
    public Card Complaint(Complaint complaint, bool forHandler = false)
    {
        var rows = new List<CardRow> { new TextRow(complaint.Description) };
        if (forHandler)
        {
            rows.AddRange(ComplaintCase.Facts(complaint));
        }

        rows.AddRange(complaint.History.OrderBy(e => e.At).Select(e => new FieldRow(
            "● " + e.Status.Thai(),
            string.Join(" ", new[] { ThaiDate.FormatShort(calendar.DateOf(e.At)), e.By, e.Note }.Where(p => !string.IsNullOrWhiteSpace(p))))));
        if (!complaint.Status.IsClosed())
        {
            rows.Add(new FieldRow("○ " + ComplaintStatus.Done.Thai(), "ภายใน " + ThaiDate.FormatShort(complaint.DueOn)));
        }

        var title = $"{complaint.Number} · {complaint.Kind}";
        return new Card(new CardHeader(title, complaint.IsAnonymous ? "ไม่เปิดเผยตัวตน" : null, StatusBadge(complaint.Status)), rows, null)
        {
            AltText = $"{title} · {complaint.Status.Thai()} · กำหนดแจ้งผลภายใน {ThaiDate.FormatShort(complaint.DueOn)}",
        };
    }

    public static Card List(IReadOnlyList<Complaint> complaints)
    {
        var rows = complaints
            .Select(c => new LinkRow($"{c.Number} {c.Kind}", StatusBadge(c.Status), ComplaintCommands.TrackCommand(c.Number)))
            .ToList<CardRow>();
        var title = $"เรื่องของฉัน {complaints.Count} เรื่อง";
        var open = complaints.Count(c => !c.Status.IsClosed());
        return new Card(new CardHeader(title, null, null), rows, $"กำลังดำเนินการ {open} เรื่อง")
        {
            AltText = $"{title} · กำลังดำเนินการ {open} เรื่อง",
        };
    }

    /// <summary>"เรื่องค้าง": each open complaint with the days left to its due date, or how many days overdue.</summary>
    public Card Open(IReadOnlyList<Complaint> complaints)
    {
        var today = calendar.Today;
        var overdue = complaints.Count(c => c.DueOn < today);
        var rows = complaints.Select(c =>
        {
            var days = c.DueOn.DayNumber - today.DayNumber;
            var left = days < 0 ? $"เกินกำหนด {-days} วัน" : days == 0 ? "ครบกำหนดวันนี้" : $"เหลือ {days} วัน";
            return new LinkRow($"{c.Number} {c.Kind} · {left}", new Badge(c.Status.Thai(), days < 0 ? Tone.Warning : Tone.Neutral), ComplaintCommands.HandleCommand(c.Number));
        }).ToList<CardRow>();
        var title = $"เรื่องค้าง {complaints.Count} เรื่อง";
        return new Card(new CardHeader(title, null, null), rows, $"เกินกำหนด {overdue} เรื่อง")
        {
            AltText = $"{title} · เกินกำหนด {overdue} เรื่อง",
        };
    }

    public static Badge StatusBadge(ComplaintStatus status) => new(status.Thai(), status switch
    {
        ComplaintStatus.Done => Tone.Good,
        ComplaintStatus.Dismissed => Tone.Neutral,
        _ => Tone.Warning,
    });
}
