using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>A question answered in words, of a bounded length.</summary>
public static class TextPrompt
{
    /// <summary>
    /// Words a person must read (a complaint, a suggestion): besides the length, at least one letter or digit, since an
    /// emoji or a symbol alone tells the staff nothing.
    /// </summary>
    public static PromptResult<string> ReadWords(TurnInput input, int maxLength)
    {
        var text = Read(input, maxLength);
        return text.IsValid && !text.Value!.Any(char.IsLetterOrDigit)
            ? PromptResult.Invalid<string>("ขอเป็นข้อความที่เล่าเรื่องค่ะ อีโมจิหรือสัญลักษณ์อย่างเดียวเจ้าหน้าที่ยังไม่เข้าใจ")
            : text;
    }

    public static PromptResult<string> Read(TurnInput input, int maxLength)
    {
        if (input is not TextInput { Text: var text })
        {
            return PromptResult.Invalid<string>("ขั้นตอนนี้ต้องการข้อความค่ะ กรุณาพิมพ์ตอบ");
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return PromptResult.Invalid<string>("ยังไม่ได้พิมพ์ข้อความค่ะ");
        }

        return trimmed.Length <= maxLength
            ? PromptResult.Ok<string>(trimmed)
            : PromptResult.Invalid<string>(string.Create(CultureInfo.InvariantCulture,
                $"ข้อความยาว {trimmed.Length:N0} ตัวอักษร เกินที่รับได้ {maxLength:N0} ตัวอักษรค่ะ กรุณาสรุปให้สั้นลง"));
    }
}
