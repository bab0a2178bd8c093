using ItaBot.Core.Calendar;
using ItaBot.Core.Tests.Support;

namespace ItaBot.Core.Tests.Calendar;

public class FiscalCalendarTests
{
    private static readonly TimeZoneInfo Bangkok = TimeZones.Find(TimeZones.Bangkok);

    [Fact]
    public void The_fiscal_year_turns_at_midnight_in_Bangkok_not_in_UTC()
    {
        // 30 Sep 2025 16:59:59 UTC is 23:59:59 in Bangkok; one second later it is 1 Oct there, still 30 Sep in UTC.
        var clock = new FixedTime(new DateTimeOffset(2025, 9, 30, 16, 59, 59, TimeSpan.Zero));
        var calendar = new FiscalCalendar(clock, Bangkok);

        Assert.Equal(new DateOnly(2025, 9, 30), calendar.Today);
        Assert.Equal(2568, calendar.CurrentYear.BuddhistYear);
        Assert.Equal(4, calendar.CurrentQuarter.Number);
        Assert.Equal(12, calendar.CurrentMonth.Index);

        clock.Now = clock.Now.AddSeconds(1);

        Assert.Equal(new DateOnly(2025, 10, 1), calendar.Today);
        Assert.Equal(2569, calendar.CurrentYear.BuddhistYear);
        Assert.Equal(1, calendar.CurrentQuarter.Number);
        Assert.Equal(1, calendar.CurrentMonth.Index);
    }

    [Fact]
    public void New_year_in_Bangkok_starts_quarter_2_while_UTC_is_still_in_December()
    {
        var calendar = new FiscalCalendar(new FixedTime(new DateTimeOffset(2024, 12, 31, 17, 30, 0, TimeSpan.Zero)), Bangkok);

        Assert.Equal(new DateOnly(2025, 1, 1), calendar.Today);
        Assert.Equal(2, calendar.CurrentQuarter.Number);
        Assert.Equal(2568, calendar.CurrentQuarter.Year.BuddhistYear);
    }

    [Fact]
    public void Bangkok_is_seven_hours_ahead_of_UTC_all_year() =>
        Assert.All(
            [new DateTime(2025, 1, 15), new DateTime(2025, 7, 15)],
            date => Assert.Equal(TimeSpan.FromHours(7), Bangkok.GetUtcOffset(date)));
}
