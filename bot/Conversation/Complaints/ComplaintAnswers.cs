using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Complaints;
using ItaBot.Core.Complaints;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation.Complaints;

/// <summary>
/// "ติดตามเรื่อง C68-00042" and "เรื่องของฉัน". A number the sender may not see gets the same answer as one that does
/// not exist, so nobody learns whether a complaint exists, or what it is, by guessing numbers.
/// </summary>
public sealed class ComplaintAnswers(ComplaintDesk desk, ComplaintCards cards)
{
    private static readonly Choice Complain = Choice.Of("ร้องเรียน");
    private static readonly Choice Mine = Choice.Of("เรื่องของฉัน");

    public async Task<Reply> TrackAsync(Member sender, string typed, CancellationToken cancellationToken)
    {
        var number = ComplaintDesk.Normalize(typed);
        var complaint = number is null ? null : await desk.FindForAsync(number, sender, cancellationToken);
        if (complaint is null)
        {
            return Reply.Text($"ไม่พบเรื่องเลขที่ {typed.Trim()} ในเรื่องที่ท่านดูได้ค่ะ กรุณาตรวจเลขที่อีกครั้ง (เช่น C68-00042) หรือดูเรื่องของท่านทั้งหมด", Mine);
        }

        var handler = await desk.MayHandleAsync(sender, complaint, cancellationToken);
        ReplyMessage[] photos = handler ? [.. complaint.PhotoIds.Select(id => new PhotoMessage(id))] : [];
        return new Reply(
            [new CardMessage(cards.Complaint(complaint, forHandler: handler)), .. photos],
            handler && !complaint.Status.IsClosed()
                ? [Choice.Of(ComplaintCommands.HandleButton(complaint.Number)), Choice.Of(ComplaintCommands.OpenWord)]
                : [Mine]);
    }

    /// <summary>"เรื่องค้าง": the open complaints the sender handles, the most urgent first, with the days left or overdue.</summary>
    public async Task<Reply> OpenAsync(Member sender, CancellationToken cancellationToken)
    {
        var open = await desk.OpenForAsync(sender, cancellationToken);
        return open.Count == 0
            ? Reply.Text("ไม่มีเรื่องร้องเรียนค้างในความดูแลของท่านค่ะ", Choice.Of("สถิติเรื่องร้องเรียน"), Choice.Of("งานของฉัน"), Choice.Of("ข้อเสนอแนะทั้งหมด"))
            : new Reply([new CardMessage(cards.Open(open))], [.. open.Take(13).Select(c => Choice.Of(ComplaintCommands.HandleButton(c.Number)))]);
    }


    public async Task<Reply> MineAsync(Member sender, CancellationToken cancellationToken)
    {
        var mine = await desk.FiledByAsync(sender.UserId, cancellationToken);
        return mine.Count == 0
            ? Reply.Text("ยังไม่มีเรื่องที่ท่านแจ้งไว้ค่ะ แจ้งเรื่องได้ที่ \"ร้องเรียน\"", Complain)
            : new Reply([new CardMessage(ComplaintCards.List(mine))], [.. mine.Take(12).Select(c => Choice.Of(c.Number)), Complain]);
    }
}
