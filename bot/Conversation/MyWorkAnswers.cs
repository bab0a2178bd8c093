using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>
/// "งานของฉัน": the measures the sender's units are responsible for (every measure, for a manager), and which of their
/// outputs are due this month, this quarter, or behind the plan.
/// </summary>
public sealed class MyWorkAnswers(MeasureCatalog catalog, FiscalCalendar calendar)
{
    private const int MaxChoices = 13;

    public async Task<Reply> ForAsync(Member member, CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return MeasureReplies.NoPlan();
        }

        var measures = (await catalog.WithHistoryAsync(plan, cancellationToken)).Where(m => member.MayUpdate(m.ResponsibleUnits)).OrderBy(m => m.Number).ToList();
        if (measures.Count == 0)
        {
            return UpdatableMeasures.NotYours(member, plan);
        }

        var today = calendar.Today;
        var due = DueWork.On(today, measures, calendar.DateOf);
        var current = calendar.CurrentYear.BuddhistYear;
        ReplyMessage[] note = plan.FiscalYear == current ? [] : [new TextMessage(string.Create(CultureInfo.InvariantCulture,
            $"หมายเหตุ: ยังไม่มีแผนมาตรการของปีงบประมาณ {current} ในระบบ ที่แสดงเป็นแผนปีงบประมาณ {plan.FiscalYear} ผู้ดูแลระบบนำเข้าแผนปีนี้ได้ด้วยคำสั่ง seed --plan"))];
        return new Reply([.. note, new CardMessage(Card(plan, member, measures, due, today))], Choices(measures, due));
    }

    private static Card Card(Plan plan, Member member, List<Measure> measures, List<DueOutput> due, DateOnly today)
    {
        var month = FiscalMonth.Of(today);
        var rows = measures
            .Select(m => new LinkRow(string.Create(CultureInfo.InvariantCulture, $"{m.Number}. {m.Title}"), MeasureCards.StatusBadge(m.Status), MeasureCards.MeasureCommand(m.Number)))
            .ToList<CardRow>();
        AddSection(rows, $"ต้องทำเดือนนี้ ({month})", due.Where(d => d.Kind == DueKind.ThisMonth));
        AddSection(rows, $"ต้องทำไตรมาสนี้ ({month.Quarter})", due.Where(d => d.Kind == DueKind.ThisQuarter));
        AddSection(rows, "ยังไม่ถึงเป้าตามแผน", due.Where(d => d.Kind == DueKind.Behind));

        var inPeriod = measures.Any(m => m.PeriodStart <= today && today <= m.PeriodEnd);
        var footer = !inPeriod ? $"วันนี้อยู่นอกช่วงของแผนปีงบประมาณ {plan.FiscalYear} จึงไม่มีงานที่ถึงกำหนด"
            : due.Count == 0 ? "ไม่มีงานที่ถึงกำหนดค้างอยู่ ขอบคุณค่ะ"
            : string.Create(CultureInfo.InvariantCulture, $"ถึงกำหนด {due.Count} รายการ · ตอบ \"อัปเดตมาตรการ เลข\" เพื่อบันทึก");
        var who = member.ActsForWholeOrganization || member.Units.Count == 0 ? plan.OrganizationName : string.Join(", ", member.Units);
        var title = string.Create(CultureInfo.InvariantCulture, $"งานของฉัน · {measures.Count} มาตรการ");
        return new Card(new CardHeader(title, $"{who} · ปีงบประมาณ {plan.FiscalYear}", null), rows, footer)
        {
            AltText = $"{title} · {footer}",
        };
    }

    private static void AddSection(List<CardRow> rows, string heading, IEnumerable<DueOutput> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        rows.Add(new TextRow(heading));
        rows.AddRange(list.Select(d => new ProgressRow(
            string.Create(CultureInfo.InvariantCulture, $"ม.{d.Measure.Number} {d.Output.Label}"), d.Output.Actual, d.Output.Target, d.Output.Unit)));
    }

    /// <summary>Buttons to update what is due first, then the other measures.</summary>
    private static List<Choice> Choices(List<Measure> measures, List<DueOutput> due) =>
        [.. due.Select(d => d.Measure.Number).Concat(measures.Select(m => m.Number)).Distinct()
            .Take(MaxChoices).Select(n => Choice.Of(UpdatableMeasures.Command(n)))];
}
