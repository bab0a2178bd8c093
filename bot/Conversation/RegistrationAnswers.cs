using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Calendar;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>
/// "ลงทะเบียน CODE": links the sender's account and says so by name and role — and from then on shows them the staff
/// menu — or says plainly why not.
/// </summary>
public sealed class RegistrationAnswers(PeopleDirectory people, IMessenger messenger, FiscalCalendar calendar)
{
    private const string Example = "ลงทะเบียน ABCDE-FGHJK";

    public async Task<Reply> LinkAsync(Member sender, string? code, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            return Reply.Text($"พิมพ์ ลงทะเบียน ตามด้วยรหัสที่ได้รับจากผู้ดูแลระบบค่ะ เช่น \"{Example}\"");
        }

        return await people.LinkAsync(sender.UserId, code, cancellationToken) switch
        {
            LinkResult.Linked { Person: var person } => Linked(sender.UserId, person),
            LinkResult.Expired => Reply.Text(
                string.Create(CultureInfo.InvariantCulture, $"รหัสนี้หมดอายุแล้วค่ะ (ใช้ได้ {PeopleDirectory.CodeLifetime.TotalDays:0} วัน) กรุณาขอรหัสใหม่จากผู้ดูแลระบบ")),
            LinkResult.AlreadyUsed => Reply.Text("รหัสนี้ถูกใช้ไปแล้วค่ะ รหัสใช้ได้ครั้งเดียว หากท่านไม่ได้ใช้เอง กรุณาแจ้งผู้ดูแลระบบทันที"),
            LinkResult.Throttled { Until: var until } => Reply.Text(
                $"ใส่รหัสไม่ถูกต้องหลายครั้งเกินไปค่ะ กรุณาลองใหม่หลังเวลา {calendar.TimeOf(until).ToString("HH:mm", CultureInfo.InvariantCulture)} น."),
            _ => Reply.Text($"ไม่พบรหัสนี้ค่ะ กรุณาตรวจสอบรหัสอีกครั้ง (เช่น \"{Example}\") หรือขอรหัสใหม่จากผู้ดูแลระบบ"),
        };
    }

    /// <summary>"รายชื่อเจ้าหน้าที่": everyone named, and whether they have linked.</summary>
    public async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var list = await people.ListAsync(includeRevoked: false, cancellationToken);
        if (list.Count == 0)
        {
            return Reply.Text("ยังไม่มีรายชื่อค่ะ เพิ่มได้ด้วย \"เพิ่มเจ้าหน้าที่\"", Choice.Of("เพิ่มเจ้าหน้าที่"));
        }

        var lines = list.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Id}. {p.Name} ({p.Role.Thai()}{(p.Units.Count == 0 ? "" : " · " + string.Join(", ", p.Units))}{(p.IsIntegrityOfficer ? " · ผู้รับผิดชอบด้านความโปร่งใส" : "")}) {(p.LineUserId is null ? "ยังไม่ลงทะเบียน" : "ลงทะเบียนแล้ว")}"));
        return Reply.Text(string.Create(CultureInfo.InvariantCulture, $"รายชื่อ {list.Count} คน\n") + string.Join("\n", lines), Choice.Of("เพิ่มเจ้าหน้าที่"));
    }

    private Reply Linked(string userId, Person person)
    {
        messenger.ShowMenu(userId, staff: true);
        return Welcome(person);
    }

    private static Reply Welcome(Person person)
    {
        var units = person.Units.Count == 0 ? "" : " · " + string.Join(", ", person.Units);
        return HelpAnswers.Help(person.Role, $"ลงทะเบียนเรียบร้อยค่ะ สวัสดีคุณ{person.Name} ({person.Role.Thai()}{units})");
    }
}
