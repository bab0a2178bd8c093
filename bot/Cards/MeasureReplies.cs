using System.Globalization;
using ItaBot.Core.Measures;

namespace ItaBot.Bot.Cards;

/// <summary>What the answers and the measure dialogs say alike when a plan or a measure is not there.</summary>
public static class MeasureReplies
{
    /// <summary>Quick replies are limited to 13; the list offers the first measures as buttons.</summary>
    public const int MaxChoices = 13;

    public static readonly Choice AllMeasures = Choice.Of("มาตรการทั้งหมด");

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

    public static IEnumerable<Choice> NumberChoices(Plan plan, Func<int, string>? command = null) =>
        plan.Measures.OrderBy(m => m.Number).Select(m => Choice.Of((command ?? MeasureCards.MeasureCommand)(m.Number)));
}
