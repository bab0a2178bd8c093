using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>A question answered with a whole number in a range, in Thai or Arabic digits.</summary>
public static class NumberPrompt
{
    /// <summary>A number alone ("3", "๓", "3 ครั้ง" with the unit), or nothing.</summary>
    public static int? Parse(string text, string? unit)
    {
        var answer = DialogWords.Normalize(text);
        if (unit is { Length: > 0 } && answer.EndsWith(unit, StringComparison.Ordinal))
        {
            answer = answer[..^unit.Length].TrimEnd();
        }

        return ThaiDigits.TryParse(answer.TrimStart('+'), out var number) ? number : null;
    }

    public static PromptResult<int> Read(TurnInput input, int min, int max, string? unit = null)
    {
        var number = input is TextInput { Text: var text } ? Parse(text, unit) : null;
        return number is int n && n >= min && n <= max
            ? PromptResult.Ok<int>(n)
            : PromptResult.Invalid<int>(string.Create(CultureInfo.InvariantCulture, $"กรุณาพิมพ์ตัวเลข {min}–{max} ค่ะ"));
    }
}
