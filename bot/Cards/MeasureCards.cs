using System.Globalization;
using System.Text;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;

namespace ItaBot.Bot.Cards;

/// <summary>The cards that show measures: one measure with its outputs, and the whole plan as a list.</summary>
public sealed class MeasureCards(FiscalCalendar calendar)
{
    public Card Measure(Plan plan, Measure measure)
    {
        var outputs = measure.Outputs.OrderBy(o => o.Position).ToList();
        var rows = new List<CardRow>
        {
            new TextRow(measure.Title),
            new FieldRow("ผู้รับผิดชอบ", string.Join(", ", measure.ResponsibleUnits)),
            new FieldRow("ระยะเวลา", ThaiDate.FormatShortRange(measure.PeriodStart, measure.PeriodEnd)),
            new FieldRow("ประเด็น", string.Create(CultureInfo.InvariantCulture, $"{measure.AnalysisArea} {AnalysisArea.Name(measure.AnalysisArea)}")),
        };
        rows.AddRange(outputs.Select(o => new ProgressRow(o.Label, o.Actual, o.Target, o.Unit)));

        var latest = measure.LatestUpdate;
        var footer = latest is null
            ? "ยังไม่มีการบันทึกความคืบหน้า"
            : $"อัปเดตล่าสุด {ThaiDate.FormatShort(calendar.DateOf(latest.RecordedAt))} โดย {latest.RecordedBy}: {latest.Text}";
        var title = string.Create(CultureInfo.InvariantCulture, $"มาตรการที่ {measure.Number}");
        return new Card(new CardHeader(title, $"{plan.OrganizationName} · ปีงบประมาณ {plan.FiscalYear}", StatusBadge(measure.Status)), rows, footer)
        {
            AltText = AltText(title, measure, outputs),
        };
    }

    public static Card List(Plan plan)
    {
        var measures = plan.Measures.OrderBy(m => m.Number).ToList();
        var rows = measures
            .Select(m => new LinkRow(string.Create(CultureInfo.InvariantCulture, $"{m.Number}. {m.Title}"), StatusBadge(m.Status), MeasureCommand(m.Number)))
            .ToList<CardRow>();
        var counts = string.Join(" · ", Enum.GetValues<MeasureStatus>()
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Thai()} {measures.Count(m => m.Status == s)}")));
        var title = string.Create(CultureInfo.InvariantCulture, $"มาตรการทั้งหมด {measures.Count} มาตรการ");
        return new Card(new CardHeader(title, $"{plan.OrganizationName} · ปีงบประมาณ {plan.FiscalYear}", null), rows, counts)
        {
            AltText = $"{title}: {counts}",
        };
    }

    /// <summary>What a button that opens a measure sends.</summary>
    public static string MeasureCommand(int number) => string.Create(CultureInfo.InvariantCulture, $"มาตรการ {number}");

    public static Badge StatusBadge(MeasureStatus status) => new(status.Thai(), status switch
    {
        MeasureStatus.Done => Tone.Good,
        MeasureStatus.InProgress => Tone.Warning,
        _ => Tone.Neutral,
    });

    private static string AltText(string title, Measure measure, List<MeasureOutput> outputs)
    {
        var text = new StringBuilder($"{title} · {measure.Status.Thai()}");
        foreach (var output in outputs.Where(o => o.Target is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $" · {output.Label} {output.Actual}/{output.Target}");
        }

        return text.ToString();
    }
}
