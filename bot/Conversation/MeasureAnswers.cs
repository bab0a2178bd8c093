using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Core.Measures;

namespace ItaBot.Bot.Conversation;

/// <summary>Answers about the plan's measures: one measure's card, the list, and what to say when a number is wrong.</summary>
public sealed class MeasureAnswers(MeasureCatalog catalog, MeasureCards cards)
{
    /// <summary>Quick replies are limited to 13; the list offers the first measures as buttons.</summary>
    private const int MaxChoices = 13;

    private static readonly Choice AllMeasures = Choice.Of("มาตรการทั้งหมด");

    public async Task<Reply> StatusAsync(int number, CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return NoPlan();
        }

        var measure = await catalog.FindAsync(plan, number, cancellationToken);
        if (measure is null)
        {
            return NotFound(plan, number, MeasureCards.MeasureCommand);
        }

        var neighbours = plan.Measures.Select(m => m.Number).Where(n => n == number - 1 || n == number + 1).Order();
        return new Reply(
            [new CardMessage(cards.Measure(plan, measure))],
            [AllMeasures, .. neighbours.Select(n => Choice.Of(MeasureCards.MeasureCommand(n)))]);
    }

    public async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        return plan is null ? NoPlan() : new Reply([new CardMessage(MeasureCards.List(plan))], [.. NumberChoices(plan).Take(MaxChoices)]);
    }

    /// <summary>"มาตรการ" with no number: ask which one, and show the list to choose from.</summary>
    public async Task<Reply> WhichAsync(CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return NoPlan();
        }

        return new Reply(
            [new TextMessage("ต้องการดูมาตรการที่เท่าไรคะ พิมพ์ เช่น \"มาตรการ 4\" หรือเลือกจากรายการค่ะ"), new CardMessage(MeasureCards.List(plan))],
            [.. NumberChoices(plan).Take(MaxChoices)]);
    }

    /// <summary>A number that is not in the plan: say which numbers are, as buttons that send <paramref name="command"/>.</summary>
    public static Reply NotFound(Plan plan, int number, Func<int, string> command)
    {
        var numbers = NumberRanges.Format(plan.Measures.Select(m => m.Number));
        return Reply.Text(
            string.Create(CultureInfo.InvariantCulture, $"ไม่พบมาตรการที่ {number} ในแผนปีงบประมาณ {plan.FiscalYear} ค่ะ\nมีมาตรการที่ {numbers} เลือกได้เลยค่ะ"),
            [.. NumberChoices(plan, command).Take(MaxChoices - 1), AllMeasures]);
    }

    public static Reply NoPlan() =>
        Reply.Text("ยังไม่มีแผนมาตรการในระบบค่ะ ผู้ดูแลระบบนำเข้าแผนได้ด้วยคำสั่ง seed --plan", Choice.Of("ช่วยเหลือ"));

    private static IEnumerable<Choice> NumberChoices(Plan plan, Func<int, string>? command = null) =>
        plan.Measures.OrderBy(m => m.Number).Select(m => Choice.Of((command ?? MeasureCards.MeasureCommand)(m.Number)));
}
