namespace ItaBot.Core.Calendar;

/// <summary>A quarter (ไตรมาส) of a fiscal year: 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep.</summary>
public readonly record struct FiscalQuarter
{
    public FiscalQuarter(FiscalYear year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public FiscalYear Year { get; }

    public int Number { get; }

    public DateOnly Start => Year.Start.AddMonths(3 * (Number - 1));

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static FiscalQuarter Of(DateOnly date) => FiscalMonth.Of(date).Quarter;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => $"ไตรมาส {Number}/{Year.BuddhistYear}";
}
