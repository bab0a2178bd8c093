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
    public static string ToArabic(string text)
    {
        if (!text.Any(IsThaiDigit))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = IsThaiDigit(c) ? (char)('0' + (c - ThaiZero)) : c;
            }
        });
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
