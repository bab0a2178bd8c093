using ItaBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Cli;

/// <summary>The <c>staff</c> verbs as an administrator runs them, with the person linking through <c>chat</c>.</summary>
public class StaffVerbTests
{
    private const string Somsri = "U0000000000000000000000000000f001";

    [Fact]
    public async Task An_invited_person_links_with_the_printed_code_and_is_then_staff()
    {
        using var database = TempDatabaseFile.Prepared();

        var invite = await BotVerb.RunAsync(database, "", "staff", "invite", "--name", "สมศรี ใจดี", "--role", "staff", "--unit", "กองคลัง");

        Assert.Equal(0, invite.ExitCode);
        Assert.Contains("เพิ่ม สมศรี ใจดี (เจ้าหน้าที่ · กองคลัง) แล้ว / added as person 1", invite.Output, StringComparison.Ordinal);
        var code = LinkCodes.In(invite.Output);
        Assert.Contains($"ลงทะเบียน {code}", invite.Output, StringComparison.Ordinal);

        var chat = await BotVerb.RunAsync(database, $"สถานะมาตรการ 4\nลงทะเบียน {code}\nสถานะมาตรการ 4\n", "chat", "--user", Somsri);

        var refused = chat.Output.IndexOf("ข้อมูลนี้สำหรับเจ้าหน้าที่", StringComparison.Ordinal);
        var welcomed = chat.Output.IndexOf("สวัสดีคุณสมศรี ใจดี (เจ้าหน้าที่ · กองคลัง)", StringComparison.Ordinal);
        var card = chat.Output.IndexOf("┌ มาตรการที่ 4", StringComparison.Ordinal);
        Assert.True(refused >= 0 && refused < welcomed && welcomed < card, chat.Output);

        var list = await BotVerb.RunAsync(database, "", "staff", "list");
        Assert.Contains("1  สมศรี ใจดี (เจ้าหน้าที่ · กองคลัง)  เชื่อม LINE แล้ว / linked", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlinking_queues_the_default_menu_for_the_account_the_person_used()
    {
        using var database = TempDatabaseFile.Prepared();
        var code = LinkCodes.In((await BotVerb.RunAsync(database, "", "staff", "invite", "--name", "สมศรี ใจดี", "--role", "staff", "--unit", "กองคลัง")).Output);
        var chat = await BotVerb.RunAsync(database, $"ลงทะเบียน {code}\n", "chat", "--user", Somsri);

        var unlinked = await BotVerb.RunAsync(database, "", "staff", "unlink", "1");

        Assert.Contains("would show the staff menu", chat.Error, StringComparison.Ordinal);
        Assert.Equal(0, unlinked.ExitCode);
        await using var db = database.NewContext();
        var menu = Assert.Single(await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == ItaBot.Core.Messaging.OutboxKind.Menu).ToListAsync());
        Assert.Equal((Somsri, ""), (menu.ChatId, menu.Messages));
    }

    [Fact]
    public async Task A_unit_that_nothing_names_is_asked_about_and_kept_only_when_confirmed()
    {
        using var database = TempDatabaseFile.Prepared();

        var refused = await BotVerb.RunAsync(database, "\n", "staff", "invite", "--name", "สมชาย ช่างดี", "--role", "staff", "--unit", "กองชาง");
        var kept = await BotVerb.RunAsync(database, "y\n", "staff", "invite", "--name", "สมชาย ช่างดี", "--role", "staff", "--unit", "กองชาง");
        var scripted = await BotVerb.RunAsync(database, "", "staff", "change", "1", "--unit", "กองใหม่", "--new-unit", "yes");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("ไม่มีประเภทเรื่องร้องเรียนหรือมาตรการใดระบุหน่วยงาน กองชาง", refused.Output, StringComparison.Ordinal);
        Assert.Contains("กองช่าง", refused.Output, StringComparison.Ordinal);
        Assert.Contains("ไม่ได้บันทึก / nothing changed", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, kept.ExitCode);
        Assert.Contains("added as person 1", kept.Output, StringComparison.Ordinal);
        Assert.Equal(0, scripted.ExitCode);
        Assert.Contains("กองใหม่", (await BotVerb.RunAsync(database, "", "staff", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_role_and_revoking_count_from_the_next_message()
    {
        using var database = new TempDatabaseFile();
        var invite = await BotVerb.RunAsync(database, "", "staff", "invite", "--name", "สมชาย", "--role", "staff", "--unit", "กองช่าง");
        await BotVerb.RunAsync(database, $"ลงทะเบียน {LinkCodes.In(invite.Output)}\n", "chat", "--user", Somsri);

        var change = await BotVerb.RunAsync(database, "", "staff", "change", "1", "--role", "manager", "--integrity-officer", "yes");
        Assert.Contains("สมชาย (ผู้บริหาร · กองช่าง · รับเรื่องทุจริต): แก้ไขแล้ว / changed", change.Output, StringComparison.Ordinal);
        var asManager = await BotVerb.RunAsync(database, "อัปเดตมาตรการ 4\n", "chat", "--user", Somsri);
        Assert.Contains("อัปเดตผลการดำเนินการใดของมาตรการที่ 4", asManager.Output, StringComparison.Ordinal);

        var revoke = await BotVerb.RunAsync(database, "", "staff", "revoke", "1");
        Assert.Equal(0, revoke.ExitCode);
        var afterwards = await BotVerb.RunAsync(database, "มาตรการทั้งหมด\n", "chat", "--user", Somsri);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", afterwards.Output, StringComparison.Ordinal);
        var list = await BotVerb.RunAsync(database, "", "staff", "list", "--all", "yes");
        Assert.Contains("เพิกถอนแล้ว / revoked", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_is_given_at_invitation_changed_and_taken_away()
    {
        using var database = new TempDatabaseFile();
        var invite = await BotVerb.RunAsync(database, "", "staff", "invite", "--name", "สมชาย", "--role", "staff", "--unit", "สำนักปลัด", "--position", "หัวหน้าสำนักปลัด");
        Assert.Contains("สมชาย (เจ้าหน้าที่ · สำนักปลัด · หัวหน้าสำนักปลัด)", invite.Output, StringComparison.Ordinal);

        var change = await BotVerb.RunAsync(database, "", "staff", "change", "1", "--position", "ปลัดเทศบาล");
        var taken = await BotVerb.RunAsync(database, "", "staff", "change", "1", "--position", "");

        Assert.Contains("สมชาย (เจ้าหน้าที่ · สำนักปลัด · ปลัดเทศบาล): แก้ไขแล้ว", change.Output, StringComparison.Ordinal);
        Assert.Contains("สมชาย (เจ้าหน้าที่ · สำนักปลัด): แก้ไขแล้ว", taken.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invite", "--name", "สมศรี", "--role", "mayor")]
    [InlineData("invite", "--role", "staff")]
    [InlineData("revoke", "abc")]
    [InlineData("fire", "1")]
    public async Task Wrong_use_is_refused_with_the_usage_and_changes_nothing(params string[] args)
    {
        using var database = new TempDatabaseFile();

        var result = await BotVerb.RunAsync(database, "", ["staff", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("staff invite --name NAME", result.Error, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีรายชื่อ", (await BotVerb.RunAsync(database, "", "staff", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_does_not_exist_is_named_in_the_error()
    {
        using var database = new TempDatabaseFile();

        var result = await BotVerb.RunAsync(database, "", "staff", "revoke", "42");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ไม่พบบุคคลหมายเลข 42 / no person 42", result.Error, StringComparison.Ordinal);
    }
}
