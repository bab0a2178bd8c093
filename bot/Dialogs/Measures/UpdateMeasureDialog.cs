using System.Globalization;
using System.Text;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Core.Measures;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Measures;

/// <summary>
/// "อัปเดตมาตรการ 4": which output (or other work of the measure) → what was done (words, or just a count) → how many, when words did not say →
/// a note → a photo as evidence → the summary to confirm. Saved only at ยืนยัน; the measure's status follows.
/// </summary>
public sealed class UpdateMeasureDialog(UpdatableMeasures measures, ProgressRecorder recorder, PhotoPrompt photos)
    : WaterfallDialog<UpdateMeasureState>(DialogJsonContext.Default.UpdateMeasureState)
{
    public const string Name = "update-measure";

    public const int MaxDoneLength = 500;
    public const int MaxNoteLength = 1000;
    public const int MaxAmount = 10_000;

    private const string OtherWork = "งานอื่นของมาตรการ";
    private const string ChangeStatus = "เปลี่ยนสถานะ";
    private static readonly Choice Skip = Choice.Of("ข้าม");

    public override string Id => Name;

    public override string Title => "การอัปเดตมาตรการ";

    public override IReadOnlyCollection<Role> AllowedRoles => [Role.Staff, Role.Manager, Role.Admin];

    protected override IReadOnlyList<WaterfallStep<UpdateMeasureState>> Steps =>
    [
        WaterfallStep.Of<UpdateMeasureState>("output", AskOutput, AcceptOutput) with
        {
            Help = $"เลือกผลการดำเนินการที่ทำไปแล้ว \"{OtherWork}\" สำหรับขั้นตอนหรือกิจกรรมที่ไม่มีตัวนับ หรือ \"{ChangeStatus}\" เพื่อกำหนดสถานะของมาตรการเองพร้อมเหตุผล",
        },
        WaterfallStep.Of<UpdateMeasureState>("done", AskDone, AcceptDone) with
        {
            Help = "บอกสั้น ๆ ว่าทำอะไรไปแล้ว ข้อความนี้จะอยู่ในประวัติของมาตรการ หรือพิมพ์แค่ตัวเลขเพื่อนับเพิ่ม",
        },
        WaterfallStep.Of<UpdateMeasureState>("amount", AskAmount, AcceptAmount) with
        {
            When = s => s.Output is { IsCounted: true } && s.Amount is null,
            Help = "จำนวนนี้จะบวกเพิ่มในผลการดำเนินการ พิมพ์ 0 ถ้าไม่ต้องนับเพิ่ม",
        },
        WaterfallStep.Of<UpdateMeasureState>("note", AskNote, AcceptNote) with
        {
            Help = "หมายเหตุช่วยให้ผู้ตรวจติดตามเข้าใจ เช่น เลขที่หนังสือ ผู้ร่วมดำเนินการ ไม่มีก็พิมพ์ \"ข้าม\"",
        },
        new("photo", (s, _) => Task.FromResult(AskPhoto(s)), AcceptPhotoAsync)
        {
            Help = "รูปถ่ายเป็นหลักฐานการดำเนินการ เช่น รูปใบตรวจรับ รูปการประชุม ไม่มีก็พิมพ์ \"ข้าม\"",
        },
        WaterfallStep.Of<UpdateMeasureState>("confirm", AskConfirm, AcceptConfirm) with
        {
            Help = "ตรวจสรุปด้านบน ถูกต้องแล้วกด \"ยืนยัน\" เพื่อบันทึก หรือ \"แก้ไข\" เพื่อตอบใหม่",
        },
    ];

    protected override async Task<(UpdateMeasureState? State, Reply? Refusal)> StartAsync(Member sender, string? args, CancellationToken cancellationToken)
    {
        var (measure, refusal) = await measures.FindAsync(sender, args, UpdatableMeasures.Command, cancellationToken);
        if (measure is null)
        {
            return (null, refusal);
        }

        return (new UpdateMeasureState
        {
            MeasureId = measure.Id,
            Number = measure.Number,
            Outputs = [.. measure.Outputs.OrderBy(o => o.Position).Select(o => new OutputOption(o.Position, o.Label, o.Target, o.Unit, o.Actual))],
        }, null);
    }

    protected override async Task<DialogOutcome> FinishAsync(UpdateMeasureState state, Member sender, CancellationToken cancellationToken)
    {
        var (measure, refusal) = await measures.LoadForChangeAsync(sender, state.MeasureId, cancellationToken);
        if (measure is null)
        {
            return new DialogOutcome.Ended(refusal);
        }

        var output = measure.Outputs.SingleOrDefault(o => o.Position == state.OutputPosition);
        var text = state.Note is null ? state.Done! : $"{state.Done}\nหมายเหตุ: {state.Note}";
        recorder.Record(measure, output?.Position, output is null ? null : state.Amount, text, sender, state.PhotoId);
        var said = output is null
            ? string.Create(CultureInfo.InvariantCulture, $"บันทึกความคืบหน้ามาตรการที่ {measure.Number} แล้วค่ะ")
            : $"บันทึกแล้วค่ะ: {output.Label} {Count(output.Actual, output.Target, output.Unit)}";
        return new DialogOutcome.Ended(await measures.SavedAsync(measure, said, cancellationToken));
    }

    private static Reply AskOutput(UpdateMeasureState state) => ChoicePrompt.Ask(
        string.Create(CultureInfo.InvariantCulture, $"อัปเดตผลการดำเนินการใดของมาตรการที่ {state.Number} คะ"), Options(state));

    /// <summary>The outputs, then work with nothing to count (a step, an activity), then the status itself.</summary>
    private static List<string> Options(UpdateMeasureState state) => [.. state.Outputs.Select(o => o.Label), OtherWork, ChangeStatus];

    private static StepOutcome AcceptOutput(UpdateMeasureState state, TurnInput input)
    {
        var picked = ChoicePrompt.Read(input, Options(state));
        if (!picked.IsValid)
        {
            return StepOutcome.Retry(picked.Problem!);
        }

        if (picked.Value == state.Outputs.Count + 1)
        {
            return StepOutcome.Begin(SetMeasureStatusDialog.Name, state.Number.ToString(CultureInfo.InvariantCulture));
        }

        state.OutputPosition = picked.Value < state.Outputs.Count ? state.Outputs[picked.Value].Position : null;
        state.Amount = null;
        return StepOutcome.Next;
    }

    private static Reply AskDone(UpdateMeasureState state)
    {
        if (state.Output is not { } output)
        {
            return Reply.Text(string.Create(CultureInfo.InvariantCulture,
                $"ทำอะไรในมาตรการที่ {state.Number} ไปแล้วคะ พิมพ์สั้น ๆ เช่น \"จัดประชุมชี้แจงบุคลากรแล้ว\""));
        }

        var example = string.Create(CultureInfo.InvariantCulture, $"{output.Label} ครั้งที่ {output.Actual + 1} เสร็จแล้ว");
        if (!output.IsCounted)
        {
            return Reply.Text($"{output.Label}: ทำอะไรไปแล้วคะ พิมพ์สั้น ๆ เช่น \"{example}\"");
        }

        var unit = output.Unit ?? "";
        return Reply.Text(
            $"{output.Label} ตอนนี้ {Count(output.Actual, output.Target, output.Unit)}\nทำอะไรไปแล้วคะ พิมพ์สั้น ๆ เช่น \"{example}\" หรือพิมพ์เฉพาะจำนวน{unit}ที่ทำเพิ่ม",
            Choice.Of($"+1 {unit}".TrimEnd()));
    }

    private static StepOutcome AcceptDone(UpdateMeasureState state, TurnInput input)
    {
        if (state.Output is { IsCounted: true } output && input is TextInput { Text: var typed } && NumberPrompt.Parse(typed, output.Unit) is int count)
        {
            if (count < 0 || count > MaxAmount)
            {
                return StepOutcome.Retry(string.Create(CultureInfo.InvariantCulture, $"จำนวนต้องอยู่ระหว่าง 0–{MaxAmount:N0} ค่ะ"));
            }

            state.Amount = count;
            state.Done = string.Create(CultureInfo.InvariantCulture, $"{output.Label} เพิ่ม {count} {output.Unit}").TrimEnd();
            return StepOutcome.Next;
        }

        return TextPrompt.Read(input, MaxDoneLength).Then(value => state.Done = value);
    }

    private static Reply AskAmount(UpdateMeasureState state)
    {
        var unit = state.Output!.Unit ?? "";
        return Reply.Text($"นับเพิ่มกี่{unit}คะ (พิมพ์ 0 ถ้าไม่นับเพิ่ม)", Choice.Of("1"), Choice.Of("2"), Choice.Of("3"), Choice.Of("0"));
    }

    private static StepOutcome AcceptAmount(UpdateMeasureState state, TurnInput input) =>
        NumberPrompt.Read(input, 0, MaxAmount, state.Output!.Unit).Then(value => state.Amount = value);

    private static Reply AskNote(UpdateMeasureState state) =>
        Reply.Text("มีหมายเหตุเพิ่มเติมไหมคะ เช่น เลขที่หนังสือ ผู้ร่วมดำเนินการ (ไม่มีพิมพ์ \"ข้าม\")", Skip);

    private static StepOutcome AcceptNote(UpdateMeasureState state, TurnInput input)
    {
        if (input is TextInput { Text: var typed } && DialogWords.IsSkip(typed))
        {
            state.Note = null;
            return StepOutcome.Next;
        }

        return TextPrompt.Read(input, MaxNoteLength).Then(value => state.Note = value);
    }

    private static Reply AskPhoto(UpdateMeasureState state) =>
        Reply.Text("ส่งรูปหลักฐานได้ 1 รูปค่ะ เช่น รูปใบตรวจรับหรือรูปการดำเนินการ (ไม่มีพิมพ์ \"ข้าม\")", Choice.Camera("📷 ถ่ายรูป"), Choice.PhotoLibrary("🖼 เลือกรูป"), Skip);

    private async Task<StepOutcome> AcceptPhotoAsync(UpdateMeasureState state, TurnInput input, CancellationToken cancellationToken)
    {
        if (input is TextInput { Text: var typed } && DialogWords.IsSkip(typed))
        {
            state.PhotoId = null;
            return StepOutcome.Next;
        }

        return (await photos.ReadAsync(input, cancellationToken)).Then(value => state.PhotoId = value);
    }

    private static Reply AskConfirm(UpdateMeasureState state)
    {
        var summary = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"สรุปการอัปเดตมาตรการที่ {state.Number}"));
        summary.Append(CultureInfo.InvariantCulture, $"\n• ผลการดำเนินการ: {state.Output?.Label ?? OtherWork}");
        if (state.Output is { IsCounted: true } output)
        {
            summary.Append(CultureInfo.InvariantCulture, $" +{state.Amount ?? 0} → {Count(output.Actual + (state.Amount ?? 0), output.Target, output.Unit)}");
        }

        summary.Append(CultureInfo.InvariantCulture, $"\n• สิ่งที่ทำ: {state.Done}");
        summary.Append(CultureInfo.InvariantCulture, $"\n• หมายเหตุ: {state.Note ?? "-"}");
        summary.Append(state.PhotoId is null ? "\n• รูปหลักฐาน: ไม่มี" : "\n• รูปหลักฐาน: 1 รูป");
        return ConfirmPrompt.Ask(summary.ToString());
    }

    private static StepOutcome AcceptConfirm(UpdateMeasureState state, TurnInput input)
    {
        var outcome = ConfirmPrompt.Accept(input, "output");
        if (outcome is StepOutcome.GoToStep)
        {
            state.Amount = null;
        }

        return outcome;
    }

    /// <summary>"3/4 ครั้ง", or "3 ครั้ง" without a target.</summary>
    private static string Count(int actual, int? target, string? unit) =>
        (target is int t ? string.Create(CultureInfo.InvariantCulture, $"{actual}/{t}") : actual.ToString(CultureInfo.InvariantCulture))
        + (unit is null ? "" : " " + unit);
}
