using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.People;

/// <summary>
/// Every intent against every role, through the signed webhook: who is answered, who is told politely it is for staff,
/// and that nothing for staff reaches a citizen — no card, no measure, no unit, no button that leads to one.
/// </summary>
public sealed class AuthorizationTests : LineBotTest
{
    private const string Citizen = LineWebhook.CitizenUser;
    private const string OtherStaff = "U0000000000000000000000000000a002";
    private const string Manager = "U0000000000000000000000000000a003";
    private const string Admin = "U0000000000000000000000000000a004";

    private const string NotAllowed = "ข้อมูลนี้สำหรับเจ้าหน้าที่ค่ะ";

    public static TheoryData<string, bool> Intents => new()
    {
        { "สถานะมาตรการ 4", true },
        { "มาตรการ ๔", true },
        { "measure 99", true },
        { "มาตรการ", true },
        { "มาตรการทั้งหมด", true },
        { "อัปเดตมาตรการ 4", true },
        { "update measure 2", true },
        { "ตั้งสถานะมาตรการ 4", true },
        { "งานของฉัน", true },
        { "สวัสดี", false },
        { "ช่วยเหลือ", false },
        { "ติดต่อเทศบาล", false },
        { "ร้องเรียน", false },
        { "ลงทะเบียน", false },
        { "ยกเลิก", false },
        { "อะไรก็ได้", false },
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestPeople.LinkAsync(Bot.Services, OtherStaff, Role.Staff, "กองช่าง");
        await TestPeople.LinkAsync(Bot.Services, Manager, Role.Manager, "สำนักปลัด");
        await TestPeople.LinkAsync(Bot.Services, Admin, Role.Admin);
    }

    [Theory]
    [MemberData(nameof(Intents))]
    public async Task Staff_only_intents_answer_staff_managers_and_admins_and_tell_citizens_politely(string text, bool staffOnly)
    {
        var citizen = await SayAsync(Citizen, text);
        Assert.Equal(staffOnly, citizen.Body!.Contains(NotAllowed, StringComparison.Ordinal));
        AssertNothingForStaff(citizen);

        foreach (var user in new[] { LineWebhook.StaffUser, OtherStaff, Manager, Admin })
        {
            var answer = await SayAsync(user, text);
            Assert.DoesNotContain(NotAllowed, answer.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("อัปเดตมาตรการ 4")]
    [InlineData("ตั้งสถานะมาตรการ 4")]
    public async Task Only_staff_of_a_responsible_unit_or_managers_may_change_a_measure(string text)
    {
        var other = await SayAsync(OtherStaff, text);
        Assert.Contains("อยู่ในความรับผิดชอบของ กองคลัง", other.Body, StringComparison.Ordinal);

        foreach (var user in new[] { LineWebhook.StaffUser, Manager, Admin })
        {
            var answer = await SayAsync(user, text);
            Assert.Contains("มาตรการที่ 4", answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("อยู่ในความรับผิดชอบของ", answer.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_citizen_sending_what_a_staff_button_sends_mid_conversation_still_sees_nothing()
    {
        foreach (var text in new[] { "อัปเดตมาตรการ 4", "ตรวจสอบพัสดุ ครุภัณฑ์", "1", "ยืนยัน", "งานของฉัน", "มาตรการ 4" })
        {
            AssertNothingForStaff(await SayAsync(Citizen, text));
        }
    }

    [Fact]
    public async Task A_staff_member_revoked_in_the_middle_of_an_update_is_stopped_at_the_next_message()
    {
        var id = await TestPeople.LinkAsync(Bot.Services, "U0000000000000000000000000000a005", Role.Staff, TestPeople.FinanceUnit);
        await SayAsync("U0000000000000000000000000000a005", "อัปเดตมาตรการ 4");
        using (var scope = Bot.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().RevokeAsync(id, CancellationToken.None);
        }

        var answer = await SayAsync("U0000000000000000000000000000a005", "ตรวจสอบพัสดุ ครุภัณฑ์");

        Assert.Contains(NotAllowed, answer.Body, StringComparison.Ordinal);
        AssertNothingForStaff(answer);
    }

    private static void AssertNothingForStaff(LineCall reply)
    {
        foreach (var staffOnly in new[] { "\"flex\"", "มาตรการที่", "กองคลัง", "ครุภัณฑ์", "ทรัพย์สิน", "อัปเดตมาตรการ", "งานของฉัน", "ระหว่างดำเนินการ" })
        {
            Assert.DoesNotContain(staffOnly, reply.Body, StringComparison.Ordinal);
        }
    }
}
