using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Complaints;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>
/// "ให้คะแนน C68-00042 5" from the buttons under the closing notice: the rating is kept at once, then the filer may add
/// a comment (or skip it).
/// </summary>
public sealed class RateComplaintDialog(ComplaintDesk desk) : WaterfallDialog<RateComplaintState>(DialogJsonContext.Default.RateComplaintState)
{
    public const string Name = "rate-complaint";

    public const int MaxCommentLength = 1000;

    public override string Id => Name;

    public override string Title => "การให้คะแนนเรื่องร้องเรียน";

    protected override IReadOnlyList<WaterfallStep<RateComplaintState>> Steps =>
    [
        WaterfallStep.Of<RateComplaintState>(
            "comment",
            state => Reply.Text(
                (state.Previous is int previous
                    ? string.Create(CultureInfo.InvariantCulture, $"เปลี่ยนคะแนนความพึงพอใจเรื่อง {state.Number} จาก {previous} เป็น {state.Rating} จาก 5 แล้วค่ะ")
                    : string.Create(CultureInfo.InvariantCulture, $"ขอบคุณค่ะ บันทึกความพึงพอใจ {state.Rating} จาก 5 สำหรับเรื่อง {state.Number} แล้ว"))
                + "\nมีความคิดเห็นเพิ่มเติมไหมคะ (ไม่มีพิมพ์ \"ข้าม\")",
                Choice.Of("ข้าม")),
            AcceptComment),
    ];

    /// <summary>The complaint's number, or none for the filer's latest finished one, and the rating.</summary>
    public static string Args(string? number, int rating) => string.Create(CultureInfo.InvariantCulture, $"{number} {rating}");

    protected override async Task<(RateComplaintState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var parts = (args ?? "").Split(' ');
        var latest = parts.Length == 2 && parts[0].Length == 0;
        var number = parts.Length == 2 && !latest ? ComplaintDesk.Normalize(parts[0]) : null;
        var rating = parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var r) ? r : 0;
        var rated = (number is null && !latest) || rating is < 1 or > 5 ? null : await desk.RateAsync(number, sender.UserId, rating, cancellationToken);
        return rated is null
            ? (null, Reply.Text(latest
                ? "ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้ (ถ้าต้องการให้คะแนน: ตอนนี้ไม่มีเรื่องของท่านที่รอให้คะแนน ให้คะแนนได้เมื่อเรื่องที่ท่านแจ้งดำเนินการเสร็จแล้ว)"
                : "ให้คะแนนได้เฉพาะเรื่องของท่านที่ดำเนินการเสร็จแล้วค่ะ", Choice.Of("เรื่องของฉัน")))
            : (new RateComplaintState { Number = rated.Complaint.Number, Rating = rating, Previous = rated.Previous }, null);
    }

    protected override async Task<DialogOutcome> FinishAsync(RateComplaintState state, Member sender, CancellationToken cancellationToken)
    {
        if (state.Comment is { } comment)
        {
            await desk.CommentOnRatingAsync(state.Number, sender.UserId, comment, cancellationToken);
        }

        return new DialogOutcome.Ended(Reply.Text("ขอบคุณค่ะ ความเห็นของท่านช่วยให้เราปรับปรุงการให้บริการ", Choice.Of("เรื่องของฉัน")));
    }

    private static StepOutcome AcceptComment(RateComplaintState state, TurnInput input) =>
        input is TextInput { Text: var typed } && DialogWords.IsSkip(typed)
            ? StepOutcome.Next
            : TextPrompt.Read(input, MaxCommentLength).Then(comment => state.Comment = comment);
}
