using System.Globalization;
using System.Text.RegularExpressions;
using ItaBot.Core.Text;

namespace ItaBot.Core.Calendar;

/// <summary>
/// Dates the Thai way: day, Thai month, Buddhist-era year — "1 ต.ค. 67" in a chat, "30 ก.ย. 2568" or
/// "30 กันยายน 2568" in a report — and the same forms read back, in Thai or Arabic digits.
/// </summary>
public static partial class ThaiDate
{
    private static readonly string[] ShortMonths =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    private static readonly string[] LongMonths =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    public static string ShortMonthName(int month) => ShortMonths[month - 1];

    public static string LongMonthName(int month) => LongMonths[month - 1];

    public static int BuddhistYear(DateOnly date) => date.Year + FiscalYear.BuddhistEraOffset;

    /// <summary>"1 ต.ค. 67" — the form used in chat and on cards.</summary>
    public static string FormatShort(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {ShortMonthName(date.Month)} {BuddhistYear(date) % 100:00}");

    /// <summary>"30 ก.ย. 2568".</summary>
    public static string FormatMedium(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {ShortMonthName(date.Month)} {BuddhistYear(date)}");

    /// <summary>"30 กันยายน 2568" — the form of official letters.</summary>
    public static string FormatLong(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {LongMonthName(date.Month)} {BuddhistYear(date)}");

    /// <summary>"1 ต.ค. 67 – 30 ก.ย. 68".</summary>
    public static string FormatShortRange(DateOnly start, DateOnly end) => $"{FormatShort(start)} – {FormatShort(end)}";

    /// <summary>
    /// Reads "1 ต.ค. 67", "๑ ต.ค. ๖๗", "1 ตค 67", "30 ก.ย. 2568", "30 กันยายน 2568" or ISO "2025-09-30". A two-digit
    /// year is Buddhist era (25xx); a four-digit year from 2400 on is Buddhist era, below it Christian era.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = ThaiDigits.ToArabic(text.Trim());
        if (DateOnly.TryParseExact(normalized, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var match = ThaiDatePattern().Match(normalized);
        if (!match.Success)
        {
            return false;
        }

        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var yearText = match.Groups["year"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var gregorianYear = yearText.Length == 2 ? 2500 + year - FiscalYear.BuddhistEraOffset
            : year >= 2400 ? year - FiscalYear.BuddhistEraOffset
            : year;

        if (month == 0 || gregorianYear is < 1 or > 9999 || day > DateTime.DaysInMonth(gregorianYear, month))
        {
            return false;
        }

        date = new DateOnly(gregorianYear, month, day);
        return true;
    }

    private static int MonthNumber(string name)
    {
        var withoutDots = name.Replace(".", "", StringComparison.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            if (withoutDots == ShortMonths[i].Replace(".", "", StringComparison.Ordinal) || name == LongMonths[i])
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?<day>[1-9]|[12][0-9]|3[01])\s*(?<month>[\u0E00-\u0E7F.]+)\s*(?<year>[0-9]{4}|[0-9]{2})$")]
    private static partial Regex ThaiDatePattern();
}
