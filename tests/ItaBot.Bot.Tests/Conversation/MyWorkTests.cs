using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;

namespace ItaBot.Bot.Tests.Conversation;

/// <summary>"งานของฉัน" on 15 May 2025, in the demo plan's year, through the signed webhook.</summary>
public class MyWorkTests() : LineBotTest(new ShiftedTime(new DateTimeOffset(2025, 5, 15, 9, 0, 0, TimeSpan.FromHours(7))))
{
    [Fact]
    public async Task Staff_see_their_units_measures_and_what_is_due_this_month_and_quarter()
    {
        var work = (await SayAsync(LineWebhook.StaffUser, "งานของฉัน")).Said;

        Assert.Contains("งานของฉัน · 5 มาตรการ", work, StringComparison.Ordinal);
        Assert.Contains("กองคลัง · ปีงบประมาณ 2568", work, StringComparison.Ordinal);
        Assert.Contains("4. มาตรการยกระดับกระบวนการกำกับดูแลการใช้ทรัพย์สินของทางราชการ", work, StringComparison.Ordinal);
        Assert.DoesNotContain("1. มาตรการยกระดับการให้บริการ", work, StringComparison.Ordinal);
        Assert.Contains("ต้องทำเดือนนี้ (พ.ค. 2568)", work, StringComparison.Ordinal);
        Assert.Contains("ม.5 รายงานจัดซื้อจัดจ้าง", work, StringComparison.Ordinal);
        Assert.Contains("ต้องทำไตรมาสนี้ (ไตรมาส 3/2568)", work, StringComparison.Ordinal);
        Assert.Contains("ม.4 ตรวจสอบพัสดุ ครุภัณฑ์", work, StringComparison.Ordinal);
        Assert.Contains("อัปเดตมาตรการ 4", work, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_the_quarters_inspection_takes_it_off_the_list()
    {
        foreach (var text in new[] { "อัปเดตมาตรการ 4", "ตรวจสอบพัสดุ ครุภัณฑ์", "1", "ข้าม", "ข้าม", "ยืนยัน" })
        {
            await SayAsync(LineWebhook.StaffUser, text);
        }

        var work = (await SayAsync(LineWebhook.StaffUser, "งานของฉัน")).Said;

        Assert.DoesNotContain("ม.4 ตรวจสอบพัสดุ ครุภัณฑ์", work, StringComparison.Ordinal);
        Assert.Contains("ม.5 รายงานจัดซื้อจัดจ้าง", work, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_sees_every_measure_of_the_organisation()
    {
        const string manager = "U0000000000000000000000000000w003";
        await TestPeople.LinkAsync(Bot.Services, manager, Role.Manager, "สำนักปลัด");

        var work = (await SayAsync(manager, "งานของฉัน")).Said;

        Assert.Contains("งานของฉัน · 10 มาตรการ", work, StringComparison.Ordinal);
        Assert.Contains("เทศบาลตำบลไผ่ดำพัฒนา · ปีงบประมาณ 2568", work, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_with_no_unit_are_told_to_ask_the_administrator()
    {
        const string unitless = "U0000000000000000000000000000w004";
        await TestPeople.LinkAsync(Bot.Services, unitless, Role.Staff);

        Assert.Contains("ยังไม่ได้ระบุหน่วยงาน", (await SayAsync(unitless, "งานของฉัน")).Said, StringComparison.Ordinal);
    }
}
