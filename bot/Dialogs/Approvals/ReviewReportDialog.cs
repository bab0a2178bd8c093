using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Approvals;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Approvals;

/// <summary>
/// "ความเห็น รายงาน 6/2568" or "ส่งกลับ รายงาน 6/2568" tapped without words: asks for the comment (which goes into the
/// memo) or the reason (which goes to the officer), then records it as the approver's decision.
/// </summary>
public sealed class ReviewReportDialog(ReportApprovals approvals) : WaterfallDialog<ReviewReportState>(DialogJsonContext.Default.ReviewReportState)
{
    public const string Name = "review-report";

    public const int MaxLength = 1000;

    public override string Id => Name;

    public override string Title => "การพิจารณารายงาน";

    protected override IReadOnlyList<WaterfallStep<ReviewReportState>> Steps =>
    [
        WaterfallStep.Of<ReviewReportState>(
            "words",
            state => Reply.Text(state.Decision == ApprovalDecision.SentBack
                ? "พิมพ์เหตุผลที่ส่งกลับค่ะ ผู้เสนอจะได้รับข้อความนี้เพื่อแก้ไข"
                : "พิมพ์ความเห็นของท่านค่ะ ความเห็นนี้จะอยู่ในบันทึกข้อความ", Choice.Of(DialogWords.CancelWord)),
            (state, input) => TextPrompt.Read(input, MaxLength).Then(text => state.Text = text)),
    ];

    public static string Args(ApprovalDecision decision, int months, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{decision} {months} {fiscalYear}");

    protected override Task<(ReviewReportState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var parts = (args ?? "").Split(' ');
        return Task.FromResult<(ReviewReportState?, Reply?)>(
            parts is [var decision, var months, var year]
            && Enum.TryParse<ApprovalDecision>(decision, out var d)
            && int.TryParse(months, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, CultureInfo.InvariantCulture, out var y)
                ? (new ReviewReportState { Decision = d, Months = m, FiscalYear = y }, null)
                : (null, Reply.Text("ขออภัยค่ะ ไม่ทราบว่าเป็นรายงานใด", Choice.Of("เมนู"))));
    }

    protected override async Task<DialogOutcome> FinishAsync(ReviewReportState state, Member sender, CancellationToken cancellationToken) =>
        new DialogOutcome.Ended(await approvals.DecideAsync(sender, state.Decision, state.Months, state.FiscalYear, state.Text, cancellationToken));
}
