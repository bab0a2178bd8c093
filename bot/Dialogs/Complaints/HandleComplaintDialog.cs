using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Complaints;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>
/// "จัดการเรื่อง C68-00042", for its handlers: the new status → what the citizen is told (required when it closes) →
/// confirm. The change and the push that tells the filer are saved together; an anonymous filer, whose account is not
/// kept, sees it when they track the complaint.
/// </summary>
public sealed class HandleComplaintDialog(ComplaintDesk desk, IMessenger messenger)
    : WaterfallDialog<HandleComplaintState>(DialogJsonContext.Default.HandleComplaintState)
{
    public const string Name = "handle-complaint";

    public const int MaxNoteLength = 1000;

    /// <summary>The answer that closes a complaint tells the citizen what was done or why not: "ok" or "เสร็จ" does not.</summary>
    public const int MinClosingLetters = 6;

    private static readonly ComplaintStatus[] Moves = [ComplaintStatus.InProgress, ComplaintStatus.Done, ComplaintStatus.Dismissed];

    public override string Id => Name;

    public override string Title => "การบันทึกการดำเนินการเรื่องร้องเรียน";

    public override IReadOnlyCollection<Role> AllowedRoles => [Role.Staff, Role.Manager, Role.Admin];

    protected override IReadOnlyList<WaterfallStep<HandleComplaintState>> Steps =>
    [
        WaterfallStep.Of<HandleComplaintState>("status", AskStatus, AcceptStatus) with
        {
            Help = "กำลังดำเนินการ: รับเรื่องไว้ดำเนินการแล้ว · ดำเนินการเสร็จสิ้น: แก้ไขแล้ว · ยุติเรื่อง: ไม่ดำเนินการต่อ พร้อมเหตุผล",
        },
        WaterfallStep.Of<HandleComplaintState>("note", AskNote, AcceptNote) with
        {
            Help = "ข้อความนี้ส่งถึงผู้ร้องเรียนและแสดงในประวัติของเรื่อง",
        },
        WaterfallStep.Of<HandleComplaintState>("confirm", AskConfirm, (_, input) => ConfirmPrompt.Accept(input, "status")),
    ];

    protected override async Task<(HandleComplaintState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var number = args is null ? null : ComplaintDesk.Normalize(args);
        var complaint = number is null ? null : await desk.LoadForHandlingAsync(number, sender, cancellationToken);
        if (complaint is null)
        {
            return (null, Reply.Text($"ไม่พบเรื่องเลขที่ {args} ในเรื่องที่ท่านดูแลค่ะ", Choice.Of(ComplaintCommands.OpenWord)));
        }

        return complaint.Status.IsClosed()
            ? (null, Reply.Text($"เรื่อง {complaint.Number} {complaint.Status.Thai()}แล้วค่ะ", Choice.Of(ComplaintCommands.TrackCommand(complaint.Number))))
            : (new HandleComplaintState
            {
                Number = complaint.Number,
                Current = complaint.Status,
                IsAnonymous = complaint.IsAnonymous,
                IsErased = !complaint.IsAnonymous && complaint.FilerUserId is null,
            }, null);
    }

    protected override async Task<DialogOutcome> FinishAsync(HandleComplaintState state, Member sender, CancellationToken cancellationToken)
    {
        var complaint = await desk.LoadForHandlingAsync(state.Number, sender, cancellationToken);
        if (complaint is null || complaint.Status.IsClosed())
        {
            return new DialogOutcome.Ended(Reply.Text($"เรื่อง {state.Number} เปลี่ยนไปแล้วหรือท่านไม่ได้ดูแลแล้วค่ะ จึงยังไม่ได้บันทึก", Choice.Of(ComplaintCommands.OpenWord)));
        }

        var status = state.Status!.Value;
        desk.ChangeStatus(complaint, status, state.Note, sender);
        if (complaint.FilerUserId is { } filer)
        {
            messenger.Send([filer], FilerNotice(complaint, state.Note));
        }

        var told = complaint.FilerUserId is not null ? "แจ้งผู้ร้องทาง LINE แล้ว"
            : complaint.IsAnonymous ? "ผู้ร้องไม่เปิดเผยตัวตน จึงไม่ได้รับแจ้ง จะเห็นเมื่อติดตามเรื่องด้วยเลขที่"
            : "ผู้ร้องลบข้อมูลของตนแล้ว จึงไม่มีผู้ได้รับแจ้ง";
        return new DialogOutcome.Ended(Reply.Text(
            $"บันทึกแล้วค่ะ: เรื่อง {complaint.Number} {status.Thai()} ({told})",
            Choice.Of(ComplaintCommands.OpenWord), Choice.Of(complaint.Number)));
    }

    /// <summary>What the filer is told; a finished complaint asks for their rating, 1–5, as buttons.</summary>
    private static Notice FilerNotice(Complaint complaint, string? note)
    {
        var said = note is null ? "" : $": {note}";
        var by = complaint.Category == ComplaintCategory.Corruption ? "" : $" ({complaint.Unit})";
        var text = $"เรื่อง {complaint.Number} {complaint.Status.Thai()}แล้วค่ะ{said}{by}";
        return complaint.Status == ComplaintStatus.Done
            ? new Notice(text + "\nพึงพอใจกับการแก้ไขเรื่องนี้เพียงใดคะ", [.. ComplaintCommands.RatingButtons(complaint.Number)])
            : new Notice(text, [new NoticeButton(ComplaintCommands.TrackButton(complaint.Number), ComplaintCommands.TrackButton(complaint.Number))]);
    }

    private static Reply AskStatus(HandleComplaintState state) => ChoicePrompt.Ask(
        $"เรื่อง {state.Number} ตอนนี้ \"{state.Current.Thai()}\" เปลี่ยนเป็นสถานะใดคะ", [.. Moves.Select(s => s.Thai())]);

    private static StepOutcome AcceptStatus(HandleComplaintState state, TurnInput input) =>
        ChoicePrompt.Read(input, [.. Moves.Select(s => s.Thai())]).Then(index => state.Status = Moves[index]);

    private static Reply AskNote(HandleComplaintState state) => state.Status!.Value.IsClosed()
        ? Reply.Text(state.Status == ComplaintStatus.Dismissed ? "เหตุผลที่ยุติเรื่อง (แจ้งผู้ร้องเรียน) คืออะไรคะ" : "แจ้งผลการดำเนินการถึงผู้ร้องเรียนค่ะ")
        : Reply.Text("ข้อความถึงผู้ร้องเรียน เช่น กำหนดเข้าดำเนินการ (ไม่มีพิมพ์ \"ข้าม\")", Choice.Of("ข้าม"));

    private static StepOutcome AcceptNote(HandleComplaintState state, TurnInput input)
    {
        var closing = state.Status!.Value.IsClosed();
        var typed = input is TextInput text ? text.Text : "";
        if (!closing && DialogWords.IsSkip(typed))
        {
            state.Note = null;
            return StepOutcome.Next;
        }

        if (closing && (DialogWords.IsSkip(typed) || typed.Count(char.IsLetterOrDigit) < MinClosingLetters))
        {
            return StepOutcome.Retry(state.Status == ComplaintStatus.Dismissed
                ? "เรื่องที่ยุติต้องแจ้งเหตุผลให้ผู้ร้องทราบค่ะ กรุณาพิมพ์เหตุผล เช่น \"อยู่นอกเขตความรับผิดชอบ ส่งต่อกรมทางหลวงแล้ว\""
                : "เรื่องที่เสร็จสิ้นต้องแจ้งผู้ร้องว่าดำเนินการอะไรไปค่ะ กรุณาพิมพ์ผลการดำเนินการ เช่น \"เปลี่ยนหลอดไฟแล้ว ใช้งานได้ปกติ\"");
        }

        return TextPrompt.Read(input, MaxNoteLength).Then(note => state.Note = note);
    }

    private static Reply AskConfirm(HandleComplaintState state) => ConfirmPrompt.Ask(
        $"เรื่อง {state.Number}: {state.Current.Thai()} → {state.Status!.Value.Thai()}\nข้อความถึงผู้ร้อง: {state.Note ?? "-"}" +
        (state.IsAnonymous ? "\n(ผู้ร้องไม่เปิดเผยตัวตน จะไม่ได้รับแจ้ง แต่เห็นเมื่อติดตามเรื่องด้วยเลขที่)"
            : state.IsErased ? "\n(ผู้ร้องลบข้อมูลของตนแล้ว จะไม่มีผู้ได้รับแจ้ง)"
            : "\n(ผู้ร้องจะได้รับแจ้งทาง LINE)"));
}
