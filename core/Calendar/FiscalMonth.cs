namespace ItaBot.Core.Calendar;

/// <summary>A calendar month seen from the fiscal year: October is month 1 of its fiscal year, September month 12.</summary>
public readonly record struct FiscalMonth
{
    private FiscalMonth(FiscalYear year, int index)
    {
        Year = year;
        Index = index;
    }

    public FiscalYear Year { get; }

    /// <summary>1 for October … 12 for September.</summary>
    public int Index { get; }

    public DateOnly Start => Year.Start.AddMonths(Index - 1);

    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    /// <summary>The calendar month, 1 = January.</summary>
    public int CalendarMonth => Start.Month;

    public FiscalQuarter Quarter => Year.Quarter((Index + 2) / 3);

    public static FiscalMonth Of(DateOnly date)
    {
        var year = FiscalYear.Of(date);
        return new FiscalMonth(year, ((date.Month + 2) % 12) + 1);
    }

    public override string ToString() => $"{ThaiDate.ShortMonthName(CalendarMonth)} {Start.Year + FiscalYear.BuddhistEraOffset}";
}
