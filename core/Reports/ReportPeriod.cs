using System.Globalization;
using ItaBot.Core.Calendar;

namespace ItaBot.Core.Reports;

/// <summary>The days a report covers and their name in its title: a month, a quarter, the first months of a fiscal year.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string Name)
{
    /// <summary>The first <paramref name="months"/> months of the fiscal year: "รอบ 6 เดือน ปีงบประมาณ 2568".</summary>
    public static ReportPeriod FirstMonths(FiscalYear year, int months)
    {
        if (months is < 1 or > 12)
        {
            throw new ReportException("--months ต้องเป็น 1 ถึง 12 / --months must be 1 to 12");
        }

        return new(year.Start, year.Start.AddMonths(months).AddDays(-1), string.Create(CultureInfo.InvariantCulture,
            $"{(months == 12 ? "ประจำปีงบประมาณ" : $"รอบ {months} เดือน ปีงบประมาณ")} พ.ศ. {year.BuddhistYear}"));
    }

    public static ReportPeriod Quarter(FiscalQuarter quarter) =>
        new(quarter.Start, quarter.End, string.Create(CultureInfo.InvariantCulture, $"ไตรมาสที่ {quarter.Number} ปีงบประมาณ พ.ศ. {quarter.Year.BuddhistYear}"));

    /// <summary>Any days: named as a calendar month when they are one ("เดือนมีนาคม 2568"), by their dates otherwise.</summary>
    public static ReportPeriod Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ReportException("--to ต้องไม่ก่อน --from / --to must not be before --from");
        }

        var wholeMonth = from.Day == 1 && to == from.AddMonths(1).AddDays(-1);
        return new(from, to, wholeMonth
            ? string.Create(CultureInfo.InvariantCulture, $"เดือน{ThaiDate.LongMonthName(from.Month)} {ThaiDate.BuddhistYear(from)}")
            : $"วันที่ {ThaiDate.FormatLong(from)} ถึง {ThaiDate.FormatLong(to)}");
    }

    /// <summary>"1 ตุลาคม 2567 ถึง 31 มีนาคม 2568".</summary>
    public string Span => $"{ThaiDate.FormatLong(From)} ถึง {ThaiDate.FormatLong(To)}";
}
