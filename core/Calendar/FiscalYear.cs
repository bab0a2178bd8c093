namespace ItaBot.Core.Calendar;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-era year in which
/// it ends, so ปีงบประมาณ 2568 runs from 1 Oct 2024 to 30 Sep 2025.
/// </summary>
public readonly record struct FiscalYear
{
    public const int BuddhistEraOffset = 543;

    public FiscalYear(int buddhistYear)
    {
        // Year 1 of the Gregorian calendar is 544 BE; anything outside DateOnly's range cannot be a fiscal year.
        ArgumentOutOfRangeException.ThrowIfLessThan(buddhistYear, BuddhistEraOffset + 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buddhistYear, 9999 + BuddhistEraOffset);
        BuddhistYear = buddhistYear;
    }

    /// <summary>The Buddhist-era year that names it, e.g. 2568.</summary>
    public int BuddhistYear { get; }

    /// <summary>The Gregorian year in which it ends.</summary>
    public int EndYear => BuddhistYear - BuddhistEraOffset;

    public DateOnly Start => new(EndYear - 1, 10, 1);

    public DateOnly End => new(EndYear, 9, 30);

    public static FiscalYear Of(DateOnly date) =>
        new(date.Year + BuddhistEraOffset + (date.Month >= 10 ? 1 : 0));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public FiscalQuarter Quarter(int number) => new(this, number);

    public override string ToString() => $"ปีงบประมาณ {BuddhistYear}";
}
