using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;

namespace ItaBot.Bot.Tests.People;

/// <summary>Administrators naming people from the chat, as <c>staff invite</c> does at the server.</summary>
public sealed class AdminChatTests : LineBotTest
{
    private const string Admin = "U0000000000000000000000000000ad01";
    private const string Newcomer = "U0000000000000000000000000000ad02";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestPeople.LinkAsync(Bot.Services, Admin, Role.Admin);
    }

    [Fact]
    public async Task An_admin_invites_a_person_whose_code_then_links_them_with_their_units()
    {
        await SayAsync(Admin, "เพิ่มเจ้าหน้าที่");
        await SayAsync(Admin, "สมใจ รักดี");
        await SayAsync(Admin, "เจ้าหน้าที่");
        Assert.Contains("ผู้รับผิดชอบด้านความโปร่งใส", (await SayAsync(Admin, "กองคลัง, กองช่าง")).Said, StringComparison.Ordinal);
        var summary = (await SayAsync(Admin, "ไม่ใช่")).Said;
        Assert.Contains("• หน่วยงาน: กองคลัง, กองช่าง", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", summary, StringComparison.Ordinal);

        var invited = (await SayAsync(Admin, "ยืนยัน")).Said;

        var code = LinkCodes.In(invited);
        Assert.Contains($"ลงทะเบียน {code}", invited, StringComparison.Ordinal);
        Assert.Contains("สวัสดีคุณสมใจ รักดี (เจ้าหน้าที่ · กองคลัง, กองช่าง)", (await SayAsync(Newcomer, $"ลงทะเบียน {code}")).Said, StringComparison.Ordinal);
        var list = (await SayAsync(Admin, "รายชื่อเจ้าหน้าที่")).Said;
        Assert.Contains("สมใจ รักดี (เจ้าหน้าที่ · กองคลัง, กองช่าง) ลงทะเบียนแล้ว", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("เพิ่มเจ้าหน้าที่")]
    [InlineData("รายชื่อเจ้าหน้าที่")]
    public async Task Only_administrators_may_name_or_list_people(string text)
    {
        const string manager = "U0000000000000000000000000000ad03";
        await TestPeople.LinkAsync(Bot.Services, manager, Role.Manager, "สำนักปลัด");

        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(LineWebhook.CitizenUser, text)).Said, StringComparison.Ordinal);
        foreach (var user in new[] { LineWebhook.StaffUser, manager })
        {
            Assert.Contains("คำสั่งนี้สำหรับผู้ดูแลระบบค่ะ", (await SayAsync(user, text)).Said, StringComparison.Ordinal);
        }
    }
}
