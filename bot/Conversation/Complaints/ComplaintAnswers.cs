using ItaBot.Bot.Cards;
using ItaBot.Core.Complaints;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation.Complaints;

/// <summary>
/// "ติดตามเรื่อง C68-00042" and "เรื่องของฉัน". A number the sender may not see gets the same answer as one that does
/// not exist, so nobody learns whether a complaint exists, or what it is, by guessing numbers.
/// </summary>
public sealed class ComplaintAnswers(ComplaintDesk desk, ComplaintCards cards)
{
    public const string TrackWord = "ติดตามเรื่อง";

    private static readonly Choice Complain = Choice.Of("ร้องเรียน");
    private static readonly Choice Mine = Choice.Of("เรื่องของฉัน");

    public static string TrackCommand(string number) => $"{TrackWord} {number}";

    public async Task<Reply> TrackAsync(Member sender, string typed, CancellationToken cancellationToken)
    {
        var number = ComplaintDesk.Normalize(typed);
        var complaint = number is null ? null : await desk.FindForAsync(number, sender, cancellationToken);
        return complaint is null
            ? Reply.Text($"ไม่พบเรื่องเลขที่ {typed.Trim()} ในเรื่องที่ท่านดูได้ค่ะ กรุณาตรวจเลขที่อีกครั้ง (เช่น C68-00042) หรือดูเรื่องของท่านทั้งหมด", Mine)
            : new Reply([new CardMessage(cards.Complaint(complaint))], [Mine]);
    }

    public async Task<Reply> MineAsync(Member sender, CancellationToken cancellationToken)
    {
        var mine = await desk.FiledByAsync(sender.UserId, cancellationToken);
        return mine.Count == 0
            ? Reply.Text("ยังไม่มีเรื่องที่ท่านแจ้งไว้ค่ะ แจ้งเรื่องได้ที่ \"ร้องเรียน\"", Complain)
            : new Reply([new CardMessage(ComplaintCards.List(mine))], [.. mine.Take(12).Select(c => new Choice(c.Number, TrackCommand(c.Number))), Complain]);
    }
}
