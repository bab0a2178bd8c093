using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Feedback;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Feedback;

/// <summary>
/// "ประเมินความพึงพอใจ": the five ITA points, each scored 1–5 with buttons (or typed, Thai digits too), then an optional
/// comment. Every answer is stored on its own; who answered is not.
/// </summary>
public sealed class SurveyDialog(FeedbackBox box) : WaterfallDialog<SurveyState>(DialogJsonContext.Default.SurveyState)
{
    public const string Name = "survey";

    public const int MaxCommentLength = 1000;

    private static readonly Choice[] Scores =
        [new("5 มากที่สุด", "5"), Choice.Of("4"), Choice.Of("3"), Choice.Of("2"), new("1 น้อยที่สุด", "1")];

    public override string Id => Name;

    public override string Title => "แบบประเมินความพึงพอใจ";

    protected override IReadOnlyList<WaterfallStep<SurveyState>> Steps =>
    [
        .. SurveyQuestions.All.Select((question, i) => WaterfallStep.Of<SurveyState>(
            question.Code,
            _ => Reply.Text(
                string.Create(CultureInfo.InvariantCulture, $"({i + 1}/{SurveyQuestions.All.Count}) {question.Text}\nเห็นด้วยเพียงใดคะ (5 มากที่สุด – 1 น้อยที่สุด)"),
                Scores),
            (state, input) => NumberPrompt.Read(input, 1, 5).Then(score => state.Scores[question.Code] = score)) with
        {
            Help = "ให้คะแนน 5 ถ้าเห็นด้วยมากที่สุด 1 ถ้าเห็นด้วยน้อยที่สุด คำตอบไม่ระบุตัวผู้ตอบ",
        }),
        WaterfallStep.Of<SurveyState>("comment", _ => Reply.Text("มีข้อเสนอแนะเพิ่มเติมไหมคะ (ไม่มีพิมพ์ \"ข้าม\")", Choice.Of("ข้าม")), AcceptComment),
    ];

    protected override Task<(SurveyState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken) =>
        Begin(new SurveyState());

    protected override Task<DialogOutcome> FinishAsync(SurveyState state, Member sender, CancellationToken cancellationToken)
    {
        box.Answer(state.Scores, state.Comment);
        var average = state.Scores.Values.Average();
        return Task.FromResult<DialogOutcome>(new DialogOutcome.Ended(Reply.Text(
            string.Create(CultureInfo.InvariantCulture, $"ขอบคุณที่ร่วมประเมินค่ะ (คะแนนเฉลี่ยของท่าน {average:0.0} จาก 5) ความเห็นของท่านช่วยให้เราปรับปรุงการให้บริการ"),
            Choice.Of("ข้อเสนอแนะ"), Choice.Of("ช่วยเหลือ"))));
    }

    private static StepOutcome AcceptComment(SurveyState state, TurnInput input) =>
        input is TextInput { Text: var typed } && DialogWords.IsSkip(typed)
            ? StepOutcome.Next
            : TextPrompt.Read(input, MaxCommentLength).Then(comment => state.Comment = comment);
}
