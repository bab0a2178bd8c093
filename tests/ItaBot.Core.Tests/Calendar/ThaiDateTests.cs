using System.Globalization;
using ItaBot.Core.Calendar;

namespace ItaBot.Core.Tests.Calendar;

public class ThaiDateTests
{
    [Theory]
    [InlineData("2024-10-01", "1 ต.ค. 67")]
    [InlineData("2025-09-30", "30 ก.ย. 68")]
    [InlineData("2025-04-12", "12 เม.ย. 68")]
    [InlineData("2043-01-05", "5 ม.ค. 86")]
    public void Short_dates_use_the_abbreviated_month_and_two_digits_of_the_Buddhist_year(string date, string expected) =>
        Assert.Equal(expected, ThaiDate.FormatShort(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Medium_and_long_dates_carry_the_whole_Buddhist_year()
    {
        var date = new DateOnly(2025, 9, 30);

        Assert.Equal("30 ก.ย. 2568", ThaiDate.FormatMedium(date));
        Assert.Equal("30 กันยายน 2568", ThaiDate.FormatLong(date));
        Assert.Equal("1 ต.ค. 67 – 30 ก.ย. 68", ThaiDate.FormatShortRange(new DateOnly(2024, 10, 1), date));
    }

    [Theory]
    [InlineData("1 ต.ค. 67", "2024-10-01")]
    [InlineData("๑ ต.ค. ๖๗", "2024-10-01")]
    [InlineData("๓๐ ก.ย. ๖๘", "2025-09-30")]
    [InlineData("1 ตค 67", "2024-10-01")]
    [InlineData("1ต.ค.67", "2024-10-01")]
    [InlineData("30 ก.ย. 2568", "2025-09-30")]
    [InlineData("30 กันยายน 2568", "2025-09-30")]
    [InlineData("30 ก.ย. 2025", "2025-09-30")]
    [InlineData("29 ก.พ. 67", "2024-02-29")]
    [InlineData("2025-09-30", "2025-09-30")]
    [InlineData("  12 เม.ย. 68 ", "2025-04-12")]
    public void Thai_dates_are_read_in_Thai_or_Arabic_digits(string text, string expected)
    {
        Assert.True(ThaiDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("29 ก.พ. 66")]
    [InlineData("31 เม.ย. 68")]
    [InlineData("0 ต.ค. 67")]
    [InlineData("32 ต.ค. 67")]
    [InlineData("1 ตุลา 67")]
    [InlineData("1 ต.ค.")]
    [InlineData("1 ต.ค. 678")]
    [InlineData("เมื่อวาน")]
    [InlineData("2025-13-01")]
    public void Anything_that_is_not_a_real_date_is_refused(string? text) =>
        Assert.False(ThaiDate.TryParse(text, out _));

    [Fact]
    public void Formatting_and_reading_agree_for_every_day_of_a_leap_fiscal_year()
    {
        var year = new FiscalYear(2567);
        for (var day = year.Start; day <= year.End; day = day.AddDays(1))
        {
            Assert.True(ThaiDate.TryParse(ThaiDate.FormatShort(day), out var shortRead));
            Assert.True(ThaiDate.TryParse(ThaiDate.FormatLong(day), out var longRead));
            Assert.Equal(day, shortRead);
            Assert.Equal(day, longRead);
        }
    }
}
