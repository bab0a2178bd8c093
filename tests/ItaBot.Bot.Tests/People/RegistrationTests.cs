using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.People;

/// <summary>Linking a LINE account with <c>ลงทะเบียน CODE</c>, through the signed webhook.</summary>
public class RegistrationTests : LineBotTest
{
    private const string Newcomer = "U0000000000000000000000000000n001";
    private const string Other = "U0000000000000000000000000000n002";

    [Fact]
    public async Task A_person_who_sends_their_code_is_greeted_by_name_and_role_and_can_then_see_measures()
    {
        var invitation = await InviteAsync("สมศรี ใจดี", Role.Staff, "กองคลัง");

        var welcome = await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");

        Assert.Contains("ลงทะเบียนเรียบร้อยค่ะ สวัสดีคุณสมศรี ใจดี (เจ้าหน้าที่ · กองคลัง)", welcome.Body, StringComparison.Ordinal);
        Assert.Contains("งานของฉัน", welcome.Body, StringComparison.Ordinal);
        var card = await SayAsync(Newcomer, "สถานะมาตรการ 4");
        Assert.Contains("\"type\":\"flex\"", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_links_is_shown_the_staff_menu()
    {
        var invitation = await InviteAsync("สมศรี ใจดี", Role.Staff, "กองคลัง");

        await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");
        await IdleAsync();

        Assert.Single(Line.Calls($"/v2/bot/richmenu/alias/{ItaBot.Bot.Line.RichMenu.RichMenuDesign.StaffAlias}"));
        Assert.Single(Line.Calls($"/v2/bot/user/{Newcomer}/richmenu/{LineFake.StaffMenu}"));
        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_person_unlinked_at_the_server_is_shown_the_citizens_menu_again()
    {
        var invitation = await InviteAsync("สมศรี ใจดี", Role.Staff, "กองคลัง");
        await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");

        var unlinked = await BotVerb.RunAsync(Bot.Database, "", "staff", "unlink", invitation.Person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Line.WaitForAsync($"/v2/bot/user/{Newcomer}/richmenu", calls => calls.Count > 0);

        Assert.Equal(0, unlinked.ExitCode);
        Assert.Equal("DELETE", Assert.Single(Line.Calls($"/v2/bot/user/{Newcomer}/richmenu")).Method);
        Line.AssertContractKept();
    }

    [Fact]
    public async Task Without_a_staff_menu_on_the_channel_a_person_who_links_keeps_the_default_one()
    {
        Line.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath($"/v2/bot/richmenu/alias/{ItaBot.Bot.Line.RichMenu.RichMenuDesign.StaffAlias}").UsingGet())
            .AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json").WithBody("""{"message":"Not found"}"""));
        var invitation = await InviteAsync("สมศรี ใจดี", Role.Staff, "กองคลัง");

        await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");
        await Line.WaitForAsync($"/v2/bot/richmenu/alias/{ItaBot.Bot.Line.RichMenu.RichMenuDesign.StaffAlias}", calls => calls.Count > 0);
        await EventuallyAsync(
            () => QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == ItaBot.Core.Messaging.OutboxKind.Menu).Select(m => m.Status).SingleAsync()),
            status => status == ItaBot.Core.Messaging.OutboxStatus.Sent,
            status => $"the menu row is {status}");

        Assert.Empty(Line.Calls($"/v2/bot/user/{Newcomer}/richmenu/{LineFake.StaffMenu}"));
    }

    [Fact]
    public async Task The_English_command_and_Thai_digits_work_too()
    {
        var invitation = await InviteAsync("Somchai", Role.Manager, "สำนักปลัด");

        var welcome = await SayAsync(Newcomer, $"register {invitation.Code.ToLowerInvariant()}");

        Assert.Contains("สวัสดีคุณSomchai (ผู้บริหาร · สำนักปลัด)", welcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_answered_plainly_and_links_nothing()
    {
        await InviteAsync("สมศรี", Role.Staff, "กองคลัง");

        var answer = await SayAsync(Newcomer, "ลงทะเบียน AAAAA-BBBBB");

        Assert.Contains("ไม่พบรหัสนี้ค่ะ", answer.Body, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(Newcomer, "สถานะมาตรการ 4")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_code_the_answer_says_how_to_send_one()
    {
        var answer = await SayAsync(Newcomer, "ลงทะเบียน");

        Assert.Contains("พิมพ์ ลงทะเบียน ตามด้วยรหัส", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_code_says_it_expired()
    {
        var invitation = await InviteAsync("สมศรี", Role.Staff, "กองคลัง");
        using (var scope = Bot.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
            await db.LinkCodes.ExecuteUpdateAsync(c => c.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var answer = await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");

        Assert.Contains("รหัสนี้หมดอายุแล้วค่ะ (ใช้ได้ 7 วัน)", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_already_used_by_someone_else_is_refused_with_a_warning()
    {
        var invitation = await InviteAsync("สมศรี", Role.Staff, "กองคลัง");
        await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");

        var answer = await SayAsync(Other, $"ลงทะเบียน {invitation.Code}");

        Assert.Contains("รหัสนี้ถูกใช้ไปแล้วค่ะ", answer.Body, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(Other, "มาตรการทั้งหมด")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_is_throttled_after_five_failures_even_for_a_right_code()
    {
        var invitation = await InviteAsync("สมศรี", Role.Staff, "กองคลัง");
        for (var i = 0; i < PeopleDirectory.MaxFailures; i++)
        {
            Assert.Contains("ไม่พบรหัสนี้ค่ะ", (await SayAsync(Newcomer, $"ลงทะเบียน GUESS-{i:D5}")).Body, StringComparison.Ordinal);
        }

        var answer = await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");

        Assert.Matches("ใส่รหัสไม่ถูกต้องหลายครั้งเกินไปค่ะ กรุณาลองใหม่หลังเวลา [0-2][0-9]:[0-5][0-9] น.", answer.Body);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(Newcomer, "สถานะมาตรการ 4")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_a_person_takes_effect_with_their_very_next_message()
    {
        var invitation = await InviteAsync("สมศรี", Role.Staff, "กองคลัง");
        await SayAsync(Newcomer, $"ลงทะเบียน {invitation.Code}");
        Assert.Contains("\"type\":\"flex\"", (await SayAsync(Newcomer, "มาตรการทั้งหมด")).Body, StringComparison.Ordinal);

        using (var scope = Bot.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().RevokeAsync(invitation.Person.Id, CancellationToken.None);
        }

        var after = await SayAsync(Newcomer, "มาตรการทั้งหมด");
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", after.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("flex", after.Body, StringComparison.Ordinal);
    }

    private async Task<Invitation> InviteAsync(string name, Role role, string unit)
    {
        using var scope = Bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().InviteAsync(name, role, [unit], false, CancellationToken.None);
    }
}
