using ItaBot.Core.Text;

namespace ItaBot.Core.Tests.Text;

public class ThaiDigitsTests
{
    [Theory]
    [InlineData("มาตรการ ๔", "มาตรการ 4")]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    [InlineData("C๖๘-๐๐๐๔๒", "C68-00042")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    [InlineData("", "")]
    public void Thai_digits_become_Arabic_and_nothing_else_changes(string text, string expected) =>
        Assert.Equal(expected, ThaiDigits.ToArabic(text));

    [Theory]
    [InlineData("4", 4)]
    [InlineData("๔", 4)]
    [InlineData("๑0", 10)]
    [InlineData(" ๙๙๙ ", 999)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    public void Numbers_are_read_in_either_script(string text, int expected)
    {
        Assert.True(ThaiDigits.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-4")]
    [InlineData("+4")]
    [InlineData("4.5")]
    [InlineData("1,000")]
    [InlineData("สี่")]
    [InlineData("2147483648")]
    [InlineData("٤")]
    public void Anything_but_a_plain_whole_number_is_refused(string? text) =>
        Assert.False(ThaiDigits.TryParse(text, out _));
}
