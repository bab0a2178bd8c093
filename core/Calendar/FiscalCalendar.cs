namespace ItaBot.Core.Calendar;

/// <summary>
/// Answers "which day, month, quarter and fiscal year is it" for the organisation: the instant comes from the
/// <see cref="TimeProvider"/>, the calendar day from the organisation's time zone (Asia/Bangkok), never from UTC.
/// </summary>
public sealed class FiscalCalendar(TimeProvider time, TimeZoneInfo zone)
{
    public DateOnly Today => DateOf(time.GetUtcNow());

    public FiscalYear CurrentYear => FiscalYear.Of(Today);

    public FiscalQuarter CurrentQuarter => FiscalQuarter.Of(Today);

    public FiscalMonth CurrentMonth => FiscalMonth.Of(Today);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant the organisation's clocks show <paramref name="wallClock"/> (a time typed without an offset).</summary>
    public DateTimeOffset InstantOf(DateTime wallClock) => new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone.GetUtcOffset(wallClock));

    /// <summary>
    /// A UTC window certain to hold every instant of the days <paramref name="from"/>–<paramref name="to"/> in any time
    /// zone: a query's wide net (SQLite cannot convert zones), the days themselves then picked with <see cref="Within"/>.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End) UtcWindow(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1),
         new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2));

    /// <summary>Whether <paramref name="instant"/> falls on one of the organisation's days <paramref name="from"/>–<paramref name="to"/>.</summary>
    public bool Within(DateTimeOffset instant, DateOnly from, DateOnly to) => DateOf(instant) is var day && day >= from && day <= to;

    /// <summary>The organisation's wall-clock time at <paramref name="instant"/>.</summary>
    public TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
