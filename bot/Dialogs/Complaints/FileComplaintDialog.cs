using System.Globalization;
using System.Text;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Privacy;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>
/// "ร้องเรียน": the kind → for corruption, anonymous or not, with how the complainant is protected → what happened →
/// up to 3 photos → where (a LINE location or words) → a phone to call back, unless anonymous → the summary. At ยืนยัน
/// the complaint is filed with the answer to it — a tracking number and the date it will be answered by — and its
/// handlers are told through the outbox, in the same save.
/// </summary>
public sealed class FileComplaintDialog(
    IOptions<ComplaintOptions> options, ComplaintDesk desk, PhotoPrompt photos, IMessenger messenger)
    : WaterfallDialog<FileComplaintState>(DialogJsonContext.Default.FileComplaintState)
{
    public const string Name = "file-complaint";

    public const int MaxDescriptionLength = 2000;
    public const int MaxPlaceLength = 300;
    public const int MaxPhotos = 3;

    private const string Anonymous = "ไม่เปิดเผยตัวตน";
    private const string Named = "เปิดเผยตัวตน";
    private const string Onward = "ไปต่อ";
    private static readonly Choice Skip = Choice.Of("ข้าม");
    private static readonly Choice TakePhoto = Choice.Camera("📷 ถ่ายรูป");
    private static readonly Choice PickPhoto = Choice.PhotoLibrary("🖼 เลือกรูป");

    public override string Id => Name;

    public override string Title => "การแจ้งเรื่องร้องเรียน";

    private IReadOnlyList<ComplaintKind> Kinds => options.Value.KindsOrDefault;

    protected override IReadOnlyList<WaterfallStep<FileComplaintState>> Steps =>
    [
        WaterfallStep.Of<FileComplaintState>("kind", AskKind, AcceptKind) with
        {
            Help = "เลือกประเภทที่ใกล้เคียงที่สุด เรื่องจะส่งถึงหน่วยงานที่รับผิดชอบประเภทนั้น เรื่องทุจริตส่งถึงผู้รับผิดชอบด้านความโปร่งใสโดยตรง",
        },
        WaterfallStep.Of<FileComplaintState>("anonymity", AskAnonymity, AcceptAnonymity) with
        {
            When = s => s.IsCorruption,
            Help = "ไม่เปิดเผยตัวตน: ระบบไม่เก็บบัญชี LINE ของท่านไว้กับเรื่องนี้ เจ้าหน้าที่จึงไม่เห็นว่าใครแจ้ง แต่ท่านยังติดตามเรื่องจากบัญชีนี้ได้",
        },
        WaterfallStep.Of<FileComplaintState>("description", AskDescription, AcceptDescription) with
        {
            Help = "เล่าให้เจ้าหน้าที่เข้าใจว่าเกิดอะไรขึ้น ที่ไหน ตั้งแต่เมื่อไร ยิ่งชัดเจนยิ่งแก้ไขได้เร็ว",
        },
        new("photos", (s, _) => Task.FromResult(AskPhotos(s)), AcceptPhotosAsync)
        {
            Help = "รูปช่วยให้เจ้าหน้าที่เห็นปัญหา ส่งได้สูงสุด 3 รูป ไม่มีก็พิมพ์ \"ข้าม\"",
        },
        WaterfallStep.Of<FileComplaintState>("place", AskPlace, AcceptPlace) with
        {
            Help = "ส่งตำแหน่งจากปุ่ม + ในแชต LINE (ตำแหน่งที่ตั้ง) หรือพิมพ์ชื่อสถานที่ เช่น \"หน้าวัดไผ่ดำ หมู่ 3\"",
        },
        WaterfallStep.Of<FileComplaintState>("phone", AskPhone, AcceptPhone) with
        {
            When = s => !s.IsAnonymous,
            Help = "เบอร์โทรใช้ติดต่อกลับเรื่องนี้เท่านั้น ไม่บังคับ",
        },
        WaterfallStep.Of<FileComplaintState>("confirm", AskConfirm, (_, input) => ConfirmPrompt.Accept(input, "kind")),
    ];

    protected override Task<(FileComplaintState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken) =>
        Begin(new FileComplaintState());

    protected override async Task<DialogOutcome> FinishAsync(FileComplaintState state, Member sender, CancellationToken cancellationToken)
    {
        var kind = Kinds.FirstOrDefault(k => k.Name == state.Kind) ?? Kinds[^1];
        var complaint = await desk.FileAsync(
            new ComplaintDraft(kind, state.Description!, state.PhotoIds, state.Place, state.Latitude, state.Longitude, state.Phone, state.IsAnonymous),
            sender.UserId, cancellationToken);
        var due = ThaiDate.FormatShort(complaint.DueOn);
        var handlers = await desk.HandlersAsync(complaint, cancellationToken);
        var notice = StaffNotice(complaint, due) + (handlers.UnitHasNobody
            ? $"\nส่งถึงผู้บริหาร เพราะ{complaint.Unit}ยังไม่มีเจ้าหน้าที่เชื่อมบัญชี LINE กรุณามอบหมายผู้ดำเนินการ"
            : "");
        messenger.Send([.. handlers.People.Select(p => p.LineUserId!)], new Notice(notice, [new NoticeButton(complaint.Number, complaint.Number)]) { Photos = complaint.PhotoIds });

        var who = complaint.Category == ComplaintCategory.Corruption ? "ผู้รับผิดชอบด้านความโปร่งใส" : complaint.Unit;
        var anonymous = complaint.IsAnonymous ? " (ไม่เปิดเผยตัวตน)" : "";
        return new DialogOutcome.Ended(Reply.Text(
            $"รับเรื่องแล้วค่ะ เลขที่ {complaint.Number}{anonymous}\n{who}จะดำเนินการและแจ้งผลภายใน {Complaint.DaysToAnswer} วัน (ภายใน {due})\n" +
            $"ติดตามได้ทุกเมื่อ: \"{ComplaintCommands.TrackCommand(complaint.Number)}\"",
            Choice.Of(ComplaintCommands.TrackButton(complaint.Number))));
    }

    /// <summary>What the handlers are told: the whole case, and whether its filer can be reached.</summary>
    private static string StaffNotice(Complaint complaint, string due)
    {
        var heading = complaint.Category == ComplaintCategory.Corruption
            ? $"รายงานการทุจริต/ประพฤติมิชอบใหม่ {complaint.Number}"
            : $"เรื่องร้องเรียนใหม่ {complaint.Number} · {complaint.Kind}";
        return $"{heading}\n{complaint.Description}\n{ComplaintCase.Lines(complaint)}\nต้องแจ้งผลภายใน {due}";
    }

    private Reply AskKind(FileComplaintState state) => ChoicePrompt.Ask(
        PrivacyNotice.Text + "\nเรื่องที่ต้องการแจ้งเป็นเรื่องใดคะ", [.. Kinds.Select(k => k.Name)]);

    private StepOutcome AcceptKind(FileComplaintState state, TurnInput input) =>
        ChoicePrompt.Read(input, [.. Kinds.Select(k => k.Name)]).Then(index =>
        {
            state.Kind = Kinds[index].Name;
            state.IsCorruption = Kinds[index].Category == ComplaintCategory.Corruption;
            // Corruption reports are anonymous unless the person chooses otherwise at the next question.
            state.IsAnonymous = state.IsCorruption;
        });

    private static Reply AskAnonymity(FileComplaintState state) => Reply.Text(
        "เรื่องนี้จะส่งถึงผู้รับผิดชอบด้านความโปร่งใสโดยตรงเท่านั้นค่ะ\n" +
        "ท่านเลือกไม่เปิดเผยตัวตนได้: เจ้าหน้าที่จะไม่เห็นชื่อหรือบัญชี LINE ของท่าน แต่ท่านยังติดตามเรื่องจากบัญชีนี้ได้ " +
        "และการแจ้งเรื่องโดยสุจริตได้รับความคุ้มครอง",
        Choice.Of(Anonymous), Choice.Of(Named));

    /// <summary>Anonymous unless the person chooses to be named: ข้าม keeps them anonymous.</summary>
    private static StepOutcome AcceptAnonymity(FileComplaintState state, TurnInput input)
    {
        if (input is TextInput { Text: var typed } && DialogWords.IsSkip(typed))
        {
            state.IsAnonymous = true;
            return StepOutcome.Next;
        }

        return ChoicePrompt.Read(input, [Anonymous, Named]).Then(index => state.IsAnonymous = index == 0);
    }

    private static Reply AskDescription(FileComplaintState state) => Reply.Text(state.IsCorruption
        ? "เล่าสิ่งที่เกิดขึ้นค่ะ ใคร ทำอะไร ที่ไหน เมื่อไร (เท่าที่ทราบ)"
        : "เล่าสั้น ๆ ว่าเกิดอะไรขึ้นคะ");

    private static StepOutcome AcceptDescription(FileComplaintState state, TurnInput input) =>
        TextPrompt.ReadWords(input, MaxDescriptionLength).Then(description => state.Description = description);

    private static Reply AskPhotos(FileComplaintState state) => state.PhotoIds.Count == 0
        ? Reply.Text(string.Create(CultureInfo.InvariantCulture, $"ส่งรูปประกอบได้สูงสุด {MaxPhotos} รูปค่ะ (ไม่มีพิมพ์ \"ข้าม\")"), TakePhoto, PickPhoto, Skip)
        : Reply.Text("ส่งรูปเพิ่ม หรือไปต่อได้ค่ะ", TakePhoto, PickPhoto, Choice.Of(Onward));

    private async Task<StepOutcome> AcceptPhotosAsync(FileComplaintState state, TurnInput input, CancellationToken cancellationToken)
    {
        if (input is TextInput { Text: var typed } && (DialogWords.IsSkip(typed) || DialogWords.Normalize(typed) is Onward or "next"))
        {
            return StepOutcome.Next;
        }

        var photo = await photos.ReadAsync(input, cancellationToken);
        if (!photo.IsValid)
        {
            return StepOutcome.Retry(photo.Problem!);
        }

        state.PhotoIds.Add(photo.Value);
        return state.PhotoIds.Count >= MaxPhotos
            ? StepOutcome.Next
            : StepOutcome.Stay(string.Create(CultureInfo.InvariantCulture, $"ได้รับรูปแล้ว {state.PhotoIds.Count} รูปค่ะ"));
    }

    private static Reply AskPlace(FileComplaintState state) =>
        Reply.Text("เกิดเหตุที่ไหนคะ ส่งตำแหน่งจาก LINE หรือพิมพ์ชื่อสถานที่ (ไม่ทราบพิมพ์ \"ข้าม\")", Choice.Location("📍 ส่งตำแหน่ง"), Skip);

    private static StepOutcome AcceptPlace(FileComplaintState state, TurnInput input)
    {
        switch (input)
        {
            case LocationInput place:
                state.Place = string.Join(" ", new[] { place.Title, place.Address }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } named
                    ? named[..Math.Min(named.Length, MaxPlaceLength)]
                    : string.Create(CultureInfo.InvariantCulture, $"{place.Latitude:0.######}, {place.Longitude:0.######}");
                (state.Latitude, state.Longitude) = (place.Latitude, place.Longitude);
                return StepOutcome.Next;
            case TextInput { Text: var typed } when DialogWords.IsSkip(typed):
                return StepOutcome.Next;
            default:
                return TextPrompt.Read(input, MaxPlaceLength).Then(text => state.Place = text);
        }
    }

    private static Reply AskPhone(FileComplaintState state) =>
        Reply.Text("เบอร์โทรสำหรับติดต่อกลับคะ (ไม่บังคับ พิมพ์ \"ข้าม\" ได้)", Skip);

    private static StepOutcome AcceptPhone(FileComplaintState state, TurnInput input) =>
        input is TextInput { Text: var typed } && DialogWords.IsSkip(typed)
            ? StepOutcome.Next
            : PhonePrompt.Read(input).Then(phone => state.Phone = phone);

    private Reply AskConfirm(FileComplaintState state)
    {
        var kind = Kinds.FirstOrDefault(k => k.Name == state.Kind);
        var to = state.IsCorruption ? "ผู้รับผิดชอบด้านความโปร่งใส" : kind?.Unit;
        var summary = new StringBuilder("สรุปเรื่องที่แจ้ง");
        summary.Append(CultureInfo.InvariantCulture, $"\n• ประเภท: {state.Kind} → {to}");
        summary.Append(CultureInfo.InvariantCulture, $"\n• รายละเอียด: {state.Description}");
        summary.Append(CultureInfo.InvariantCulture, $"\n• รูป: {state.PhotoIds.Count} รูป");
        summary.Append(CultureInfo.InvariantCulture, $"\n• สถานที่: {state.Place ?? "-"}");
        summary.Append(state.IsAnonymous ? "\n• ผู้แจ้ง: ไม่เปิดเผยตัวตน" : $"\n• เบอร์ติดต่อ: {state.Phone ?? "-"}");
        return ConfirmPrompt.Ask(summary.ToString());
    }
}
