using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Bot.Dialogs.Privacy;
using ItaBot.Core;
using ItaBot.Core.People;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Conversation;

/// <summary>Greetings, help, and the answer to anything not understood: always what the person can ask next.</summary>
public sealed class HelpAnswers(IOptions<OrganizationOptions> organization)
{
    private const string StaffHelp =
        "ถามได้ เช่น\n• งานของฉัน — มาตรการของหน่วยงานและงานที่ถึงกำหนด\n• สถานะมาตรการ 4 — ความคืบหน้าของมาตรการ\n" +
        "• อัปเดตมาตรการ 4 — บันทึกผลการดำเนินการ\n• มาตรการทั้งหมด — ทุกมาตรการพร้อมสถานะ\n" +
        "• เรื่องค้าง — เรื่องร้องเรียนที่ท่านดูแล · จัดการเรื่อง C68-00042 — เปลี่ยนสถานะและแจ้งผู้ร้อง\n" +
        "• สถิติเรื่องร้องเรียน — รับ เสร็จ ค้าง ตามประเภทและหน่วยงาน · ข้อเสนอแนะทั้งหมด — ข้อเสนอแนะจากประชาชน\n" +
        "• รายงานความก้าวหน้า · รายงานสถิติเรื่องร้องเรียน — เอกสาร ITA เปิดเป็น PDF หรือ Word · ส่งรายงาน — เสนอตามลำดับ";

    private const string ManagerHelp = "\nผู้บริหารเห็นทุกเรื่องและทุกมาตรการ และได้รับสรุปความคืบหน้าประจำเดือน";

    private const string AdminHelp = "\n• รายชื่อเจ้าหน้าที่ · เพิ่มเจ้าหน้าที่ — ผู้ใช้งานและรหัสเชื่อมบัญชี";

    private const string Digits = "\nพิมพ์เลขไทยหรือเลขอารบิกก็ได้ค่ะ";

    private const string CitizenHelp =
        "แจ้งเรื่องร้องเรียน ติดตามเรื่อง ประเมินความพึงพอใจ หรือเสนอแนะได้ที่เมนูด้านล่าง หรือพิมพ์ เช่น \"ร้องเรียน\" \"เรื่องของฉัน\"";

    private static readonly Choice[] CitizenChoices =
        [Choice.Of("ร้องเรียน"), Choice.Of("เรื่องของฉัน"), Choice.Of("ประเมินความพึงพอใจ"), Choice.Of("ข้อเสนอแนะ"), Choice.Of("ติดต่อเทศบาล")];

    public Reply Greeting(Role role) => Help(role, $"สวัสดีค่ะ ยินดีต้อนรับสู่ LINE ทางการของ{organization.Value.Name}");

    /// <summary>The first message after someone adds the account, by name when LINE tells it.</summary>
    public Reply Welcome(Role role, string? displayName)
    {
        var welcome = Help(role, $"สวัสดีค่ะ{(string.IsNullOrWhiteSpace(displayName) ? "" : " คุณ" + displayName.Trim())} ยินดีต้อนรับสู่ LINE ทางการของ{organization.Value.Name}");
        return welcome with { Messages = [.. welcome.Messages, new TextMessage(PrivacyNotice.Text)] };
    }

    public Reply Help(Role role) => Help(role, null);

    public Reply NotUnderstood(Role role) => Help(role, "ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้");

    /// <summary>The person left a dialog with ยกเลิก: nothing of it was saved.</summary>
    public Reply Cancelled(Role role) => Help(role, "ยกเลิกแล้วค่ะ ไม่มีการบันทึกใด ๆ");

    /// <summary>ยกเลิก with no dialog to leave.</summary>
    public Reply NothingToCancel(Role role) => Help(role, "ตอนนี้ไม่มีรายการที่ทำค้างอยู่ค่ะ");

    /// <summary>Said before the answer to a message that came after the person's dialog had expired.</summary>
    public static string Expired() =>
        string.Create(CultureInfo.InvariantCulture, $"รายการที่ทำค้างไว้เกิน {DialogRunner.Expiry.TotalMinutes:0} นาทีจึงยกเลิกไปแล้วโดยไม่บันทึกค่ะ");

    public Reply Thanks(Role role) => Help(role, "ยินดีค่ะ มีอะไรให้ช่วยอีก เลือกจากปุ่มด้านล่างได้เลย");

    /// <summary>What is kept about a person and for how long, and how to have it erased.</summary>
    public Reply Privacy(Role role)
    {
        var help = Help(role, PrivacyNotice.Text + "\nต้องการให้ลบข้อมูลส่วนบุคคลของท่าน พิมพ์ \"ลบข้อมูลของฉัน\"");
        return help with { Choices = [Choice.Of("ลบข้อมูลของฉัน"), .. help.Choices.Take(12)] };
    }

    /// <summary>Said before the answer to a command typed in the middle of a dialog, which it left.</summary>
    public static string Left(string dialog) => $"ออกจาก{dialog}ที่ทำค้างไว้แล้วค่ะ สิ่งที่ตอบไว้ยังไม่ได้บันทึก";

    /// <summary>Said before the answer to a message that came while the person's dialog was one an upgrade changed.</summary>
    public const string Outdated =
        "ระบบได้รับการปรับปรุงระหว่างที่ท่านทำรายการค้างไว้ รายการนั้นจึงยกเลิกโดยไม่บันทึก กรุณาเริ่มใหม่อีกครั้งค่ะ ขออภัยในความไม่สะดวก";

    /// <summary>A photo, sticker, location or file outside any question that asked for one.</summary>
    public Reply NotText(Role role) => Help(role, "ได้รับแล้วค่ะ ตอนนี้บอทเข้าใจเฉพาะข้อความที่พิมพ์");

    /// <summary>Said once when the bot is added to a group or room, where it answers only when @mentioned.</summary>
    public Reply GroupIntroduction() => Reply.Text(
        $"สวัสดีค่ะ บอทของ{organization.Value.Name} ในกลุ่มนี้จะตอบเมื่อมีผู้ @กล่าวถึงบอทเท่านั้น " +
        "ข้อมูลส่วนตัวและข้อมูลสำหรับเจ้าหน้าที่ กรุณาคุยกับบอทแบบส่วนตัวค่ะ");

    /// <summary>Asked in a group for something personal or for staff: everyone would read the answer.</summary>
    public Reply PrivateOnly() => Reply.Text(
        $"เรื่องนี้ขอคุยกันแบบส่วนตัวนะคะ เพื่อไม่ให้ข้อมูลของท่านปรากฏในกลุ่ม กรุณาเพิ่มเพื่อนและแชตกับ LINE ของ{organization.Value.Name} โดยตรงค่ะ");

    /// <summary>Where and how to reach the organisation.</summary>
    public Reply ContactDetails(Role role) => Help(role, "ติดต่อ" + Contact());

    private string Contact()
    {
        var contact = organization.Value.Contact;
        return string.IsNullOrWhiteSpace(contact)
            ? $"{organization.Value.Name} ในวันและเวลาราชการ"
            : $"{organization.Value.Name}\n{contact.Trim()}";
    }

    /// <summary>The message could not be handled at all: say so, so that nobody waits for an answer that will not come.</summary>
    public static Reply Failed() =>
        Reply.Text("ขออภัยค่ะ ระบบขัดข้อง ยังตอบข้อความนี้ไม่ได้ กรุณาลองใหม่อีกครั้งภายหลัง", Choice.Of("ช่วยเหลือ"));

    /// <summary>
    /// Someone asked for what their role may not use: a citizen for staff information (shown none of it), staff for an
    /// administrator's command. Either way, what they can do instead.
    /// </summary>
    public static Reply NotAllowed(Role role) => role == Role.Citizen
        ? Reply.Text("ข้อมูลนี้สำหรับเจ้าหน้าที่ค่ะ " + CitizenHelp, CitizenChoices)
        : Help(role, "คำสั่งนี้สำหรับผู้ดูแลระบบค่ะ");

    /// <summary>What this role can do, in words and as buttons: staff, managers and administrators each see their own.</summary>
    public static Reply Help(Role role, string? opening)
    {
        var body = role switch
        {
            Role.Citizen => CitizenHelp,
            Role.Manager => StaffHelp + ManagerHelp + Digits,
            Role.Admin => StaffHelp + AdminHelp + Digits,
            _ => StaffHelp + Digits,
        };
        var text = opening is null ? body : opening + "\n" + body;
        Choice[] staff = [Choice.Of("งานของฉัน"), Choice.Of("เรื่องค้าง"), Choice.Of("มาตรการทั้งหมด"), Choice.Of("สถิติเรื่องร้องเรียน"), Choice.Of("ข้อเสนอแนะทั้งหมด"), Choice.Of(UpdatableMeasures.UpdateCommand)];
        return role switch
        {
            Role.Citizen => Reply.Text(text, CitizenChoices),
            Role.Admin => Reply.Text(text, [.. staff, Choice.Of(ReportAnswers.ProgressWord), Choice.Of("รายชื่อเจ้าหน้าที่"), Choice.Of("เพิ่มเจ้าหน้าที่")]),
            Role.Manager => Reply.Text(text, [.. staff, Choice.Of(ReportAnswers.ProgressWord), Choice.Of(ReportAnswers.ComplaintsWord)]),
            _ => Reply.Text(text, staff),
        };
    }
}
