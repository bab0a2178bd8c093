using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Measures;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.Measures;

/// <summary>
/// Which measure a progress dialog is about, and whether the sender may change it: staff of a responsible unit, or a
/// manager. Checked when the dialog starts and again when it saves, so a change of unit or role counts at once.
/// </summary>
public sealed class UpdatableMeasures(MeasureCatalog catalog, ProgressRecorder recorder, MeasureCards cards)
{
    public const string UpdateCommand = "อัปเดตมาตรการ";

    public static string Command(int number) => string.Create(CultureInfo.InvariantCulture, $"{UpdateCommand} {number}");

    /// <summary>The measure numbered <paramref name="args"/>, or the answer that says why there is none to change.</summary>
    public async Task<(Measure? Measure, Reply? Refusal)> FindAsync(Member sender, string? args, Func<int, string> command, CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return (null, MeasureReplies.NoPlan());
        }

        if (!int.TryParse(args, CultureInfo.InvariantCulture, out var number))
        {
            var mine = plan.Measures.Where(m => sender.MayUpdate(m.ResponsibleUnits)).OrderBy(m => m.Number).ToList();
            return (null, mine.Count == 0
                ? NotYours(sender, plan)
                : Reply.Text("ต้องการอัปเดตมาตรการใดคะ", [.. mine.Take(13).Select(m => Choice.Of(command(m.Number)))]));
        }

        var measure = await catalog.FindAsync(plan, number, cancellationToken);
        if (measure is null)
        {
            return (null, MeasureReplies.NotFound(plan, number, command));
        }

        return sender.MayUpdate(measure.ResponsibleUnits) ? (measure, null) : (null, NotResponsible(measure));
    }

    /// <summary>The measure tracked for the change, when the sender still may change it.</summary>
    public async Task<(Measure? Measure, Reply? Refusal)> LoadForChangeAsync(Member sender, int measureId, CancellationToken cancellationToken)
    {
        var measure = await recorder.LoadAsync(measureId, cancellationToken);
        if (measure is null)
        {
            return (null, Reply.Text("มาตรการนี้ไม่อยู่ในแผนแล้วค่ะ จึงยังไม่ได้บันทึก", Choice.Of("มาตรการทั้งหมด")));
        }

        return sender.MayUpdate(measure.ResponsibleUnits) ? (measure, null) : (null, NotResponsible(measure));
    }

    /// <summary>What was saved, with the measure's card as it is now.</summary>
    public async Task<Reply> SavedAsync(Measure measure, string said, CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        var messages = new List<ReplyMessage> { new TextMessage(said) };
        if (plan is not null && plan.Id == measure.PlanId)
        {
            messages.Add(new CardMessage(cards.Measure(plan, measure)));
        }

        return new Reply(messages, [Choice.Of(MeasureCards.MeasureCommand(measure.Number)), Choice.Of("งานของฉัน"), Choice.Of(Command(measure.Number))]);
    }

    private static Reply NotResponsible(Measure measure) => Reply.Text(
        string.Create(CultureInfo.InvariantCulture,
            $"มาตรการที่ {measure.Number} อยู่ในความรับผิดชอบของ {string.Join(", ", measure.ResponsibleUnits)} ค่ะ เจ้าหน้าที่ของหน่วยงานนั้นหรือผู้บริหารเป็นผู้บันทึกความคืบหน้า ดูสถานะได้ตามปกติค่ะ"),
        Choice.Of(MeasureCards.MeasureCommand(measure.Number)), Choice.Of("งานของฉัน"));

    /// <summary>No measure of the plan is the sender's to update, or to see as their work: say why.</summary>
    public static Reply NotYours(Member sender, Plan plan) => Reply.Text(
        sender.Units.Count == 0
            ? "บัญชีของท่านยังไม่ได้ระบุหน่วยงาน จึงยังไม่มีมาตรการที่รับผิดชอบค่ะ กรุณาแจ้งผู้ดูแลระบบ"
            : $"ยังไม่มีมาตรการที่ {string.Join(", ", sender.Units)} รับผิดชอบในแผนปีงบประมาณ {plan.FiscalYear} ค่ะ",
        Choice.Of("มาตรการทั้งหมด"));
}
