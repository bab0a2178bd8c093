using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;

namespace ItaBot.Bot.Tests.Conversation;

/// <summary>Help for each role, the words people type that once went unanswered, and suggestions that reach someone.</summary>
public class RoleHelpTests : ComplaintBotTest
{
    private const string Admin = "U0000000000000000000000000000a909";

    [Fact]
    public async Task Staff_managers_and_administrators_each_get_help_that_lists_what_they_can_do()
    {
        await TestPeople.LinkAsync(Bot.Services, Admin, Role.Admin, "สำนักปลัด");

        var staff = await SayAsync(Engineer, "ช่วยเหลือ");
        var manager = await SayAsync(Palat, "ช่วยเหลือ");
        var admin = await SayAsync(Admin, "ช่วยเหลือ");

        foreach (var help in new[] { staff, manager, admin })
        {
            Assert.Contains("เรื่องค้าง", help.Said, StringComparison.Ordinal);
            Assert.Contains("สถิติเรื่องร้องเรียน", help.Said, StringComparison.Ordinal);
            Assert.Contains(("เรื่องค้าง", "เรื่องค้าง"), help.QuickReplies);
        }

        Assert.Contains("สรุปความคืบหน้าประจำเดือน", manager.Said, StringComparison.Ordinal);
        Assert.Contains(("รายชื่อเจ้าหน้าที่", "รายชื่อเจ้าหน้าที่"), admin.QuickReplies);
        Assert.DoesNotContain(("รายชื่อเจ้าหน้าที่", "รายชื่อเจ้าหน้าที่"), staff.QuickReplies);
    }

    [Fact]
    public async Task The_measure_card_offers_its_update_to_those_who_may_make_it_only()
    {
        var responsible = await SayAsync(LineWebhook.StaffUser, "มาตรการ 4");
        var other = await SayAsync(Engineer, "มาตรการ 4");

        Assert.Contains(("อัปเดตมาตรการ 4", "อัปเดตมาตรการ 4"), responsible.QuickReplies);
        Assert.DoesNotContain(("อัปเดตมาตรการ 4", "อัปเดตมาตรการ 4"), other.QuickReplies);
    }

    [Theory]
    [InlineData("นโยบายข้อมูล", "ลบข้อมูลของฉัน")]
    [InlineData("ขอบคุณค่ะ", "ยินดีค่ะ")]
    [InlineData("สถิติ", "รับ 0")]
    [InlineData("เบอร์โทร", "ติดต่อ")]
    public async Task Words_a_citizen_types_get_real_answers(string text, string expected)
    {
        var answer = (await SayAsync(Citizen, text)).Said;

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("ยังไม่เข้าใจ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_open_still_offers_the_next_step()
    {
        var open = await SayAsync(Engineer, "เรื่องค้าง");

        Assert.Contains("ไม่มีเรื่องร้องเรียนค้าง", open.Said, StringComparison.Ordinal);
        Assert.NotEmpty(open.QuickReplies);
    }

    [Fact]
    public async Task A_suggestion_is_pushed_to_the_managers_and_listed_for_staff_and_the_thanks_promises_only_that()
    {
        await CitizenSaysAsync("ข้อเสนอแนะ", "อยากให้เปิดสำนักงานวันเสาร์");
        var thanks = (await SayAsync(Citizen, "ไม่ระบุตัวตน")).Said;
        await IdleAsync();

        Assert.Contains("ส่งถึงผู้บริหารแล้ว", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("ติดต่อกลับ", thanks, StringComparison.Ordinal);
        var push = Assert.Single(Line.Calls(LineFake.PushPath));
        Assert.Equal(Palat, push.Json.GetProperty("to").GetString());
        Assert.Contains("ข้อเสนอแนะใหม่ S68-00001 (ไม่ระบุตัวตน)", push.Said, StringComparison.Ordinal);
        Assert.Contains("อยากให้เปิดสำนักงานวันเสาร์", (await SayAsync(Engineer, "ข้อเสนอแนะทั้งหมด")).Said, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(Citizen, "ข้อเสนอแนะทั้งหมด")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_inviting_in_the_chat_is_warned_of_a_unit_nothing_names_and_may_name_an_integrity_officer()
    {
        await TestPeople.LinkAsync(Bot.Services, Admin, Role.Admin, "สำนักปลัด");
        foreach (var text in new[] { "เพิ่มเจ้าหน้าที่", "สมชาย ช่างดี", "เจ้าหน้าที่", "กองชาง" })
        {
            await SayAsync(Admin, text);
        }

        var summary = (await SayAsync(Admin, "ใช่")).Said;
        await SayAsync(Admin, "ยืนยัน");

        Assert.Contains("⚠ ยังไม่มีประเภทเรื่องร้องเรียนหรือมาตรการใดระบุ กองชาง", summary, StringComparison.Ordinal);
        Assert.Contains("สมชาย ช่างดี (เจ้าหน้าที่ · กองชาง · ผู้รับผิดชอบด้านความโปร่งใส)", (await SayAsync(Admin, "รายชื่อเจ้าหน้าที่")).Said, StringComparison.Ordinal);
    }
}
