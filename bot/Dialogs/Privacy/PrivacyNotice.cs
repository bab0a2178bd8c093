namespace ItaBot.Bot.Dialogs.Privacy;

public static class PrivacyNotice
{
    /// <summary>Said where the bot first meets a person and before a complaint collects anything about them.</summary>
    public const string Text =
        "ข้อมูลส่วนบุคคลของท่านใช้เพื่อดำเนินการตามเรื่องที่แจ้งเท่านั้น ลบข้อมูลของท่านได้ทุกเมื่อด้วยคำว่า \"ลบข้อมูลของฉัน\"";
}
