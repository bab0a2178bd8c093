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

    protected override IReadOnlyList<WaterfallStep<RateComplaintState>> Steps =>
    [
        WaterfallStep.Of<RateComplaintState>(
            "comment",
            state => Reply.Text(
                string.Create(CultureInfo.InvariantCulture, $"ขอบคุณค่ะ บันทึกความพึงพอใจ {state.Rating} จาก 5 สำหรับเรื่อง {state.Number} แล้ว\nมีความคิดเห็นเพิ่มเติมไหมคะ (ไม่มีพิมพ์ \"ข้าม\")"),
                Choice.Of("ข้าม")),
            AcceptComment),
    ];

    public static string Args(string number, int rating) => string.Create(CultureInfo.InvariantCulture, $"{number} {rating}");

    protected override async Task<(RateComplaintState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var parts = (args ?? "").Split(' ');
        var number = parts.Length == 2 ? ComplaintDesk.Normalize(parts[0]) : null;
        var rating = parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var r) ? r : 0;
        var rated = number is null || rating is < 1 or > 5 ? null : await desk.RateAsync(number, sender.UserId, rating, cancellationToken);
        return rated is null
            ? (null, Reply.Text("ให้คะแนนได้เฉพาะเรื่องของท่านที่ดำเนินการเสร็จแล้วค่ะ", Choice.Of("เรื่องของฉัน")))
            : (new RateComplaintState { Number = rated.Number, Rating = rating }, null);
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
