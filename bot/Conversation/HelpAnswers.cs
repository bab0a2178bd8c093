using ItaBot.Core;
using ItaBot.Core.People;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Conversation;

/// <summary>Greetings, help, and the answer to anything not understood: always what the person can ask next.</summary>
public sealed class HelpAnswers(IOptions<OrganizationOptions> organization)
{
    private const string StaffHelp =
        "ถามได้ เช่น\n• สถานะมาตรการ 4 — ความคืบหน้าของมาตรการ\n• มาตรการทั้งหมด — ทุกมาตรการพร้อมสถานะ\nพิมพ์เลขไทยหรือเลขอารบิกก็ได้ค่ะ";

    private const string CitizenHelp =
        "ขณะนี้บัญชีนี้ให้ข้อมูลแก่เจ้าหน้าที่ บริการแจ้งเรื่องร้องเรียน ติดตามเรื่อง และประเมินความพึงพอใจสำหรับประชาชนจะเปิดให้ใช้เร็ว ๆ นี้ค่ะ";

    public Reply Greeting(Role role) =>
        Help(role, $"สวัสดีค่ะ ยินดีต้อนรับสู่ LINE ทางการของ{organization.Value.Name}");

    public Reply Help(Role role) => Help(role, null);

    public Reply NotUnderstood(Role role) => Help(role, "ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้");

    /// <summary>A citizen asked for something only staff may see: say so without showing any of it.</summary>
    public static Reply NotAllowed() =>
        Reply.Text("ข้อมูลนี้สำหรับเจ้าหน้าที่ค่ะ " + CitizenHelp);

    private static Reply Help(Role role, string? opening)
    {
        var body = role == Role.Citizen ? CitizenHelp : StaffHelp;
        var text = opening is null ? body : opening + "\n" + body;
        return role == Role.Citizen
            ? Reply.Text(text)
            : Reply.Text(text, Choice.Of("มาตรการทั้งหมด"), Choice.Of("สถานะมาตรการ 4"));
    }
}
