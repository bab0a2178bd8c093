using System.Globalization;

namespace ItaBot.Core.Text;

/// <summary>Thai digits (๐–๙) are accepted wherever a number is typed: "มาตรการ ๔" means "มาตรการ 4".</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '๐';

    public static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    /// <summary>An ASCII digit or a Thai one.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || IsThaiDigit(c);

    /// <summary>Replaces every Thai digit with its Arabic counterpart and leaves everything else as it is.</summary>
    public static string ToArabic(string text) => Map(text, IsThaiDigit, c => (char)('0' + (c - ThaiZero)));

    /// <summary>Replaces every Arabic digit with its Thai counterpart: official documents write numbers ๑, ๒, ๓.</summary>
    public static string ToThai(string text) => Map(text, char.IsAsciiDigit, c => (char)(ThaiZero + (c - '0')));

    private static string Map(string text, Func<char, bool> from, Func<char, char> to)
    {
        if (!text.Any(from))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (from(chars[i]))
            {
                chars[i] = to(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Reads a non-negative whole number written in Thai or Arabic digits (mixed is fine), ignoring surrounding
    /// white space. Signs, separators and numbers too large for an int are rejected rather than guessed at.
    /// </summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !trimmed.All(IsDigit))
        {
            return false;
        }

        return int.TryParse(ToArabic(trimmed), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
