using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Measures;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Measures;

/// <summary>
/// "ตั้งสถานะมาตรการ 4" (or เปลี่ยนสถานะ inside an update): the status → the reason → confirm. A status set this way
/// stays until someone sets it again, instead of following the outputs; the reason goes into the measure's history.
/// </summary>
public sealed class SetMeasureStatusDialog(UpdatableMeasures measures, ProgressRecorder recorder)
    : WaterfallDialog<SetMeasureStatusState>(DialogJsonContext.Default.SetMeasureStatusState)
{
    public const string Name = "set-measure-status";

    public const int MaxReasonLength = 500;

    private static readonly MeasureStatus[] Statuses = Enum.GetValues<MeasureStatus>();

    public override string Id => Name;

    public override string Title => "การเปลี่ยนสถานะมาตรการ";

    public override IReadOnlyCollection<Role> AllowedRoles => [Role.Staff, Role.Manager, Role.Admin];

    public static string Command(int number) => string.Create(CultureInfo.InvariantCulture, $"ตั้งสถานะมาตรการ {number}");

    protected override IReadOnlyList<WaterfallStep<SetMeasureStatusState>> Steps =>
    [
        WaterfallStep.Of<SetMeasureStatusState>("status", AskStatus, AcceptStatus) with
        {
            Help = "สถานะที่กำหนดเองจะคงอยู่จนกว่าจะมีผู้กำหนดใหม่ การอัปเดตผลการดำเนินการภายหลังจะไม่เปลี่ยนสถานะนี้",
        },
        WaterfallStep.Of<SetMeasureStatusState>("reason", AskReason, AcceptReason) with
        {
            Help = "เหตุผลจะบันทึกในประวัติของมาตรการ เพื่อให้ผู้ตรวจติดตามเข้าใจที่มาของสถานะ",
        },
        WaterfallStep.Of<SetMeasureStatusState>("confirm", AskConfirm, (_, input) => ConfirmPrompt.Accept(input, "status")),
    ];

    protected override async Task<(SetMeasureStatusState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var (measure, refusal) = await measures.FindAsync(sender, args, Command, cancellationToken);
        return measure is null
            ? (null, refusal)
            : (new SetMeasureStatusState { MeasureId = measure.Id, Number = measure.Number, Current = measure.Status }, null);
    }

    protected override async Task<DialogOutcome> FinishAsync(SetMeasureStatusState state, Member sender, CancellationToken cancellationToken)
    {
        var (measure, refusal) = await measures.LoadForChangeAsync(sender, state.MeasureId, cancellationToken);
        if (measure is null)
        {
            return new DialogOutcome.Ended(refusal);
        }

        recorder.SetStatus(measure, state.Status!.Value, state.Reason!, sender);
        var said = string.Create(CultureInfo.InvariantCulture, $"ตั้งสถานะมาตรการที่ {measure.Number} เป็น \"{measure.Status.Thai()}\" แล้วค่ะ");
        return new DialogOutcome.Ended(await measures.SavedAsync(measure, said, cancellationToken));
    }

    private static Reply AskStatus(SetMeasureStatusState state) => ChoicePrompt.Ask(
        string.Create(CultureInfo.InvariantCulture, $"มาตรการที่ {state.Number} ตอนนี้ \"{state.Current.Thai()}\" ต้องการตั้งเป็นสถานะใดคะ"),
        [.. Statuses.Select(s => s.Thai())]);

    private static StepOutcome AcceptStatus(SetMeasureStatusState state, TurnInput input)
    {
        var picked = ChoicePrompt.Read(input, [.. Statuses.Select(s => s.Thai())]);
        if (!picked.IsValid)
        {
            return StepOutcome.Retry(picked.Problem!);
        }

        state.Status = Statuses[picked.Value];
        return StepOutcome.Next;
    }

    private static Reply AskReason(SetMeasureStatusState state) =>
        Reply.Text($"เหตุผลที่ตั้งเป็น \"{state.Status!.Value.Thai()}\" คืออะไรคะ");

    private static StepOutcome AcceptReason(SetMeasureStatusState state, TurnInput input) =>
        TextPrompt.Read(input, MaxReasonLength).Then(value => state.Reason = value);

    private static Reply AskConfirm(SetMeasureStatusState state) => ConfirmPrompt.Ask(
        string.Create(CultureInfo.InvariantCulture, $"ตั้งสถานะมาตรการที่ {state.Number}: {state.Current.Thai()} → {state.Status!.Value.Thai()}\nเหตุผล: {state.Reason}"));
}
