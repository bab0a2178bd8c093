using System.Text.RegularExpressions;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Dialogs;

/// <summary>The words every question understands: leave, help, skip, confirm, edit, yes.</summary>
public static partial class DialogWords
{
    public const string CancelWord = "ยกเลิก";

    public static bool IsCancel(string text) => Cancel().IsMatch(Normalize(text));

    public static bool IsHelp(string text) => Help().IsMatch(Normalize(text));

    public static bool IsSkip(string text) => Skip().IsMatch(Normalize(text));

    public static bool IsConfirm(string text) => Confirm().IsMatch(Normalize(text));

    public static bool IsEdit(string text) => Edit().IsMatch(Normalize(text));

    public static string Normalize(string text) => Space().Replace(ThaiDigits.ToArabic(text), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:ยกเลิก|เลิก|cancel|stop|quit)$")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(?:ช่วยเหลือ|ช่วยด้วย|วิธีใช้|เมนู|คู่มือการใช้|help|menu|\?|？)$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(?:ข้าม|ไม่มี|skip|none|-)$")]
    private static partial Regex Skip();

    [GeneratedRegex(@"^(?:ยืนยัน|ใช่|ตกลง|ok|okay|yes|confirm)$")]
    private static partial Regex Confirm();

    [GeneratedRegex(@"^(?:แก้ไข|แก้|edit|change)$")]
    private static partial Regex Edit();
}
