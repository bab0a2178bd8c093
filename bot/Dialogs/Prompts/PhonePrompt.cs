using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>
/// A Thai telephone number as people type it — "081-234-5678", "๐๘๑ ๒๓๔ ๕๖๗๘", "+66 81 234 5678", "02-123-4567" —
/// kept as its ten (mobile) or nine (fixed line) digits.
/// </summary>
public static class PhonePrompt
{
    public static PromptResult<string> Read(TurnInput input)
    {
        var typed = input is TextInput { Text: var text } ? ThaiDigits.ToArabic(text).Trim() : "";
        if (typed.Where((c, i) => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0))).Any())
        {
            return Invalid();
        }

        var digits = new string([.. typed.Where(char.IsAsciiDigit)]);
        if (typed.StartsWith('+'))
        {
            digits = digits.StartsWith("66", StringComparison.Ordinal) ? "0" + digits[2..] : "";
        }

        var mobile = digits.Length == 10 && digits[1] is '6' or '8' or '9';
        var fixedLine = digits.Length == 9 && digits[1] is >= '2' and <= '7';
        return digits.StartsWith('0') && (mobile || fixedLine) ? PromptResult.Ok(digits) : Invalid();
    }

    private static PromptResult<string> Invalid() =>
        PromptResult.Invalid<string>("เบอร์โทรนี้ไม่ถูกต้องค่ะ กรุณาพิมพ์ เช่น 081-234-5678 หรือ 02-123-4567 (หรือพิมพ์ \"ข้าม\")");
}
