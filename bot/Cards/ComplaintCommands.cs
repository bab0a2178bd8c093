using System.Globalization;
using ItaBot.Core.Messaging;

namespace ItaBot.Bot.Cards;

/// <summary>The texts that complaint buttons send, as the recognizer reads them back.</summary>
public static class ComplaintCommands
{
    public const string TrackWord = "ติดตามเรื่อง";

    public const string OpenWord = "เรื่องค้าง";

    public static string TrackCommand(string number) => $"{TrackWord} {number}";

    public static string HandleCommand(string number) => $"จัดการเรื่อง {number}";

    /// <summary>A button that tracks the complaint; its label, short enough for a LINE button, is what it sends.</summary>
    public static string TrackButton(string number) => $"ติดตาม {number}";

    /// <summary>A button that starts handling the complaint, label and text alike.</summary>
    public static string HandleButton(string number) => $"จัดการ {number}";

    public static string RateCommand(string number, int rating) => string.Create(CultureInfo.InvariantCulture, $"ให้คะแนน {number} {rating}");

    /// <summary>5 to 1, as the conversation guide draws them: "5 มากที่สุด" … "1 น้อยที่สุด".</summary>
    public static IEnumerable<NoticeButton> RatingButtons(string number) =>
        Enumerable.Range(1, 5).Reverse().Select(r => new NoticeButton(
            r switch { 5 => "5 มากที่สุด", 1 => "1 น้อยที่สุด", _ => r.ToString(CultureInfo.InvariantCulture) }, RateCommand(number, r)));
}
