using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>A question answered by picking one of a few options: by tapping its button, typing its label, or its number.</summary>
public static class ChoicePrompt
{
    /// <summary>The options as quick replies; at most 13 fit, so longer lists are numbered in the question text.</summary>
    public static Reply Ask(string question, IReadOnlyList<string> options, params IReadOnlyList<Choice> extra)
    {
        var numbered = string.Join("\n", options.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {o}")));
        return Reply.Text(question + "\n" + numbered, [.. options.Select(Choice.Of).Take(13 - extra.Count), .. extra]);
    }

    /// <summary>The 0-based index of the option chosen.</summary>
    public static PromptResult<int> Read(TurnInput input, IReadOnlyList<string> options)
    {
        if (input is not TextInput { Text: var text })
        {
            return PromptResult.Invalid<int>("กรุณาเลือกจากปุ่มด้านล่าง หรือพิมพ์หมายเลขค่ะ");
        }

        var answer = DialogWords.Normalize(text);
        for (var i = 0; i < options.Count; i++)
        {
            if (DialogWords.Normalize(options[i]) == answer)
            {
                return PromptResult.Ok<int>(i);
            }
        }

        return ThaiDigits.TryParse(answer.TrimEnd('.'), out var number) && number >= 1 && number <= options.Count
            ? PromptResult.Ok<int>(number - 1)
            : PromptResult.Invalid<int>(string.Create(CultureInfo.InvariantCulture, $"ไม่มีตัวเลือกนี้ค่ะ กรุณาเลือกจากปุ่ม หรือพิมพ์หมายเลข 1–{options.Count}"));
    }
}
