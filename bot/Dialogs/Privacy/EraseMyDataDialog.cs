using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.People;
using ItaBot.Core.Privacy;

namespace ItaBot.Bot.Dialogs.Privacy;

/// <summary>"ลบข้อมูลของฉัน": what will be erased and what kept, then ยืนยัน — it cannot be undone.</summary>
public sealed class EraseMyDataDialog(PersonalData data) : WaterfallDialog<EraseMyDataState>(DialogJsonContext.Default.EraseMyDataState)
{
    public const string Name = "erase-my-data";

    public override string Id => Name;

    public override string Title => "การลบข้อมูลของท่าน";

    protected override IReadOnlyList<WaterfallStep<EraseMyDataState>> Steps =>
    [
        WaterfallStep.Of<EraseMyDataState>(
            "confirm",
            _ => ConfirmPrompt.Ask(
                "ลบข้อมูลส่วนบุคคลของท่าน: บัญชี LINE เบอร์โทร และข้อความที่ส่งถึงบอท\n" +
                "เรื่องร้องเรียนและข้อเสนอแนะที่แจ้งไว้จะยังอยู่เพื่อดำเนินการและทำสถิติ แต่จะไม่เชื่อมกับท่านอีก ท่านจึงติดตามเรื่องเดิมไม่ได้\n" +
                "ลบแล้วย้อนกลับไม่ได้"),
            (_, input) => ConfirmPrompt.Accept(input, "confirm")),
    ];

    protected override Task<(EraseMyDataState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken) =>
        Begin(new EraseMyDataState());

    protected override async Task<DialogOutcome> FinishAsync(EraseMyDataState state, Member sender, CancellationToken cancellationToken)
    {
        var erased = await data.EraseAsync(sender.UserId, cancellationToken);
        return new DialogOutcome.Ended(Reply.Text(string.Create(CultureInfo.InvariantCulture,
            $"ลบข้อมูลส่วนบุคคลของท่านแล้วค่ะ (เรื่องร้องเรียน {erased.Complaints} เรื่อง และข้อเสนอแนะ {erased.Suggestions} เรื่อง ไม่เชื่อมกับท่านแล้ว)")));
    }
}
