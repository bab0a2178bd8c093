using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Calendar;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.People;

/// <summary>
/// "เพิ่มเจ้าหน้าที่", for administrators in the chat, as <c>staff invite</c> at the server: the name → the role → the
/// units → the integrity officer or not → confirm, which points out a unit nothing names; the answer is the one-time
/// code to pass on.
/// </summary>
public sealed class InviteDialog(PeopleDirectory people, KnownUnits known, FiscalCalendar calendar)
    : WaterfallDialog<InviteState>(DialogJsonContext.Default.InviteState)
{
    public const string Name = "invite";

    public const int MaxNameLength = 200;

    private static readonly Role[] Roles = [Role.Staff, Role.Manager, Role.Admin];

    private static readonly string[] YesNo = ["ใช่", "ไม่ใช่"];

    public override string Id => Name;

    public override string Title => "การเพิ่มเจ้าหน้าที่";

    public override IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];

    protected override IReadOnlyList<WaterfallStep<InviteState>> Steps =>
    [
        WaterfallStep.Of<InviteState>("name", _ => Reply.Text("ชื่อ-นามสกุลของผู้ที่จะเพิ่มคะ"), (state, input) =>
            TextPrompt.ReadWords(input, MaxNameLength).Then(name => state.Name = name)),
        WaterfallStep.Of<InviteState>(
            "role",
            state => ChoicePrompt.Ask($"{state.Name} มีบทบาทใดคะ", [.. Roles.Select(r => r.Thai())]),
            (state, input) => ChoicePrompt.Read(input, [.. Roles.Select(r => r.Thai())]).Then(index => state.Role = Roles[index])),
        new(
            "units",
            (_, _) => Task.FromResult(Reply.Text("สังกัดหน่วยงานใดคะ เช่น \"กองคลัง\" (หลายหน่วยงานคั่นด้วยจุลภาค ไม่มีพิมพ์ \"ข้าม\")", Choice.Of("ข้าม"))),
            AcceptUnitsAsync),
        WaterfallStep.Of<InviteState>(
            "integrity",
            state => ChoicePrompt.Ask($"{state.Name} เป็นผู้รับผิดชอบด้านความโปร่งใส (รับรายงานการทุจริต) ไหมคะ", YesNo),
            (state, input) => ChoicePrompt.Read(input, YesNo).Then(index => state.IsIntegrityOfficer = index == 0)),
        WaterfallStep.Of<InviteState>("confirm", AskConfirm, (_, input) => ConfirmPrompt.Accept(input, "name")),
    ];

    protected override Task<(InviteState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken) =>
        Begin(new InviteState());

    protected override async Task<DialogOutcome> FinishAsync(InviteState state, Member sender, CancellationToken cancellationToken)
    {
        var invitation = await people.InviteAsync(state.Name!, state.Role, state.Units, state.IsIntegrityOfficer, cancellationToken);
        return new DialogOutcome.Ended(Reply.Text(
            $"เพิ่ม {invitation.Person.Name} ({invitation.Person.Role.Thai()}) แล้วค่ะ\n" +
            $"รหัสลงทะเบียน {invitation.Code} ใช้ได้ครั้งเดียวถึง {ThaiDate.FormatShort(calendar.DateOf(invitation.ExpiresAt))}\n" +
            $"ให้ผู้นั้นส่งข้อความ \"ลงทะเบียน {invitation.Code}\" ถึงบัญชีนี้ค่ะ",
            Choice.Of("รายชื่อเจ้าหน้าที่")));
    }

    private async Task<StepOutcome> AcceptUnitsAsync(InviteState state, TurnInput input, CancellationToken cancellationToken)
    {
        if (input is TextInput { Text: var typed } && DialogWords.IsSkip(typed))
        {
            state.Units = [];
            state.NewUnits = [];
            return StepOutcome.Next;
        }

        var read = TextPrompt.Read(input, 500);
        if (!read.IsValid)
        {
            return StepOutcome.Retry(read.Problem!);
        }

        state.Units = [.. read.Value!.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        state.NewUnits = [.. await known.UnknownAsync(state.Units, cancellationToken)];
        return StepOutcome.Next;
    }

    private static Reply AskConfirm(InviteState state) => ConfirmPrompt.Ask(
        $"เพิ่ม {state.Name}\n• บทบาท: {state.Role.Thai()}{(state.IsIntegrityOfficer ? " · ผู้รับผิดชอบด้านความโปร่งใส" : "")}\n" +
        $"• หน่วยงาน: {(state.Units.Count == 0 ? "-" : string.Join(", ", state.Units))}" +
        (state.NewUnits.Count == 0 ? ""
            : $"\n⚠ ยังไม่มีประเภทเรื่องร้องเรียนหรือมาตรการใดระบุ {string.Join(", ", state.NewUnits)} เรื่องจะไม่ถึงผู้นี้ กรุณาตรวจตัวสะกด (แก้ได้ที่ \"แก้ไข\")"));
}
