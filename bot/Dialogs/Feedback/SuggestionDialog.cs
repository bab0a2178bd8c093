using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Feedback;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Feedback;

/// <summary>
/// "ข้อเสนอแนะ", "ติชม": the suggestion → named or not → thanks, with a number of its own. The managers are pushed
/// each one; staff read them with "ข้อเสนอแนะทั้งหมด". Nobody can answer a suggestion in LINE, so nothing says they will.
/// </summary>
public sealed class SuggestionDialog(FeedbackBox box, PeopleDirectory people, IMessenger messenger)
    : WaterfallDialog<SuggestionState>(DialogJsonContext.Default.SuggestionState)
{
    public const string Name = "suggestion";

    public const int MaxLength = 2000;

    public const string ListCommand = "ข้อเสนอแนะทั้งหมด";

    private const string Anonymous = "ไม่ระบุตัวตน";
    private const string Named = "ระบุตัวตน";

    public override string Id => Name;

    public override string Title => "การส่งข้อเสนอแนะ";

    protected override IReadOnlyList<WaterfallStep<SuggestionState>> Steps =>
    [
        WaterfallStep.Of<SuggestionState>("text", _ => Reply.Text("ยินดีรับฟังค่ะ พิมพ์ข้อเสนอแนะหรือคำติชมได้เลย"), AcceptText),
        WaterfallStep.Of<SuggestionState>(
            "anonymity",
            _ => Reply.Text("ต้องการระบุตัวตนไหมคะ ถ้าไม่ระบุ ระบบจะไม่เก็บบัญชี LINE ของท่านไว้กับข้อเสนอแนะนี้", Choice.Of(Anonymous), Choice.Of(Named)),
            (state, input) => ChoicePrompt.Read(input, [Anonymous, Named]).Then(index => state.IsAnonymous = index == 0)),
    ];

    protected override Task<(SuggestionState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken) =>
        Begin(new SuggestionState());

    protected override async Task<DialogOutcome> FinishAsync(SuggestionState state, Member sender, CancellationToken cancellationToken)
    {
        var suggestion = await box.SuggestAsync(state.Text!, sender.UserId, state.IsAnonymous, cancellationToken);
        var managers = (await people.LinkedAsync(cancellationToken)).Where(p => p.Role == Role.Manager).Select(p => p.LineUserId!).ToList();
        var from = suggestion.IsAnonymous ? "ไม่ระบุตัวตน" : "ผู้ส่งระบุตัวตน";
        messenger.Send(managers, new Notice($"ข้อเสนอแนะใหม่ {suggestion.Number} ({from})\n{suggestion.Text}", [new NoticeButton(ListCommand, ListCommand)]));
        var next = managers.Count > 0 ? "ส่งถึงผู้บริหารแล้ว" : "บันทึกไว้ให้เจ้าหน้าที่พิจารณาแล้ว";
        return new DialogOutcome.Ended(Reply.Text(
            $"ขอบคุณค่ะ ได้รับข้อเสนอแนะแล้ว เลขที่ {suggestion.Number}{(suggestion.IsAnonymous ? " (ไม่ระบุตัวตน)" : "")} {next}", Choice.Of("ประเมินความพึงพอใจ")));
    }

    private static StepOutcome AcceptText(SuggestionState state, TurnInput input) =>
        TextPrompt.ReadWords(input, MaxLength).Then(value => state.Text = value);
}
