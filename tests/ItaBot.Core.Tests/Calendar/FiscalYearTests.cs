using System.Globalization;
using ItaBot.Core.Calendar;

namespace ItaBot.Core.Tests.Calendar;

public class FiscalYearTests
{
    [Theory]
    [InlineData("2024-09-30", 2567)]
    [InlineData("2024-10-01", 2568)]
    [InlineData("2024-12-31", 2568)]
    [InlineData("2025-01-01", 2568)]
    [InlineData("2025-09-30", 2568)]
    [InlineData("2025-10-01", 2569)]
    [InlineData("2024-02-29", 2567)]
    [InlineData("2000-02-29", 2543)]
    public void A_date_belongs_to_the_fiscal_year_named_by_the_Buddhist_year_in_which_it_ends(string date, int expected) =>
        Assert.Equal(expected, FiscalYear.Of(DateOnly.Parse(date, CultureInfo.InvariantCulture)).BuddhistYear);

    [Fact]
    public void Fiscal_year_2568_runs_from_1_October_2024_to_30_September_2025()
    {
        var year = new FiscalYear(2568);

        Assert.Equal(new DateOnly(2024, 10, 1), year.Start);
        Assert.Equal(new DateOnly(2025, 9, 30), year.End);
        Assert.Equal(2025, year.EndYear);
        Assert.True(year.Contains(new DateOnly(2024, 10, 1)));
        Assert.False(year.Contains(new DateOnly(2024, 9, 30)));
        Assert.False(year.Contains(new DateOnly(2025, 10, 1)));
    }

    [Theory]
    [InlineData(1, "2024-10-01", "2024-12-31")]
    [InlineData(2, "2025-01-01", "2025-03-31")]
    [InlineData(3, "2025-04-01", "2025-06-30")]
    [InlineData(4, "2025-07-01", "2025-09-30")]
    public void Quarters_of_2568_are_Oct_Dec_Jan_Mar_Apr_Jun_Jul_Sep(int number, string start, string end)
    {
        var quarter = new FiscalYear(2568).Quarter(number);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), quarter.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), quarter.End);
    }

    [Theory]
    [InlineData("2023-12-31", 2567, 1)]
    [InlineData("2024-01-01", 2567, 2)]
    [InlineData("2024-02-29", 2567, 2)]
    [InlineData("2024-03-31", 2567, 2)]
    [InlineData("2024-04-01", 2567, 3)]
    [InlineData("2024-06-30", 2567, 3)]
    [InlineData("2024-07-01", 2567, 4)]
    [InlineData("2024-09-30", 2567, 4)]
    [InlineData("2024-10-01", 2568, 1)]
    public void A_date_falls_in_the_quarter_of_its_fiscal_year(string date, int year, int quarter)
    {
        var found = FiscalQuarter.Of(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(year, found.Year.BuddhistYear);
        Assert.Equal(quarter, found.Number);
        Assert.True(found.Contains(DateOnly.Parse(date, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-10-15", 1, 10)]
    [InlineData("2024-12-31", 3, 12)]
    [InlineData("2025-01-01", 4, 1)]
    [InlineData("2025-02-28", 5, 2)]
    [InlineData("2025-09-30", 12, 9)]
    public void Months_are_counted_from_October(string date, int index, int calendarMonth)
    {
        var month = FiscalMonth.Of(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(index, month.Index);
        Assert.Equal(calendarMonth, month.CalendarMonth);
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th()
    {
        var february = FiscalMonth.Of(new DateOnly(2024, 2, 10));

        Assert.Equal(new DateOnly(2024, 2, 29), february.End);
        Assert.Equal(new DateOnly(2023, 2, 28), FiscalMonth.Of(new DateOnly(2023, 2, 1)).End);
    }

    [Fact]
    public void Years_outside_the_calendar_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2568).Quarter(5));
    }
}
