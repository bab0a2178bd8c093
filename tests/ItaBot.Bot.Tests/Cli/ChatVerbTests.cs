using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Cli;

/// <summary>The <c>chat</c> verb as a real process, its input piped, on a fresh database.</summary>
public class ChatVerbTests
{
    [Fact]
    public async Task The_terminal_plays_following_a_photo_a_location_and_a_sticker()
    {
        using var database = TempDatabaseFile.Prepared();
        var photo = await database.WriteFileAsync("lamp.png", "\u0089PNG not really, but an image by its name");

        var result = await BotVerb.RunAsync(
            database,
            $"/follow\nร้องเรียน\nไฟฟ้าส่องสว่าง\nไฟดับ\n/photo {photo}\nไปต่อ\n/location 13.7563 100.5018 หน้าวัด\nข้าม\nยืนยัน\n/sticker\n/dance\n",
            "chat", "--user", "terminal-someone");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ยินดีต้อนรับ", result.Output, StringComparison.Ordinal);
        Assert.Contains("ส่งรูปเพิ่ม หรือไปต่อได้ค่ะ", result.Output, StringComparison.Ordinal);
        Assert.Contains("รับเรื่องแล้วค่ะ เลขที่", result.Output, StringComparison.Ordinal);
        Assert.Contains("เข้าใจเฉพาะข้อความที่พิมพ์", result.Output, StringComparison.Ordinal);
        Assert.Contains("/location LAT LNG [NAME]", result.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var complaint = await db.Complaints.SingleAsync();
        Assert.Equal((1, 13.7563, "หน้าวัด"), (complaint.PhotoIds.Count, complaint.Latitude, complaint.Place));
    }

    [Fact]
    public async Task On_a_fresh_database_staff_see_the_demo_measure_4_as_this_fiscal_years_with_its_four_inspections()
    {
        using var database = new TempDatabaseFile();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZones.Find(TimeZones.Bangkok)).DateTime);
        var year = FiscalYear.Of(today);

        var result = await BotProcess.RunAsync(database, "สถานะมาตรการ ๔\nงานของฉัน\n", "chat", "--as", "staff", "--unit", "กองคลัง");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("┌ มาตรการที่ 4 · ", result.Output, StringComparison.Ordinal);
        Assert.Contains($"ปีงบประมาณ {year.BuddhistYear}", result.Output, StringComparison.Ordinal);
        Assert.Contains("มาตรการยกระดับกระบวนการกำกับดูแลการใช้ทรัพย์สินของทางราชการ", result.Output, StringComparison.Ordinal);
        Assert.Contains("ผู้รับผิดชอบ: กองคลัง", result.Output, StringComparison.Ordinal);
        Assert.Contains($"ระยะเวลา: {ThaiDate.FormatShortRange(year.Start, year.End)}", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"ตรวจสอบพัสดุ ครุภัณฑ์: [0-2]/4 ครั้ง", result.Output);
        Assert.DoesNotContain("ยังไม่มีแผนมาตรการของปีงบประมาณ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warn", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Each_line_gets_its_answer_in_order_and_the_verb_ends_at_end_of_input()
    {
        using var database = TempDatabaseFile.Prepared();

        var result = await BotVerb.RunAsync(
            database,
            "measure 4\nมาตรการ 999\n\nมาตรการทั้งหมด\nอะไรนะ\nมาตรการ\nสวัสดี",
            "chat", "--as", "staff");

        Assert.Equal(0, result.ExitCode);
        var measure = result.Output.IndexOf("┌ มาตรการที่ 4", StringComparison.Ordinal);
        var missing = result.Output.IndexOf("ไม่พบมาตรการที่ 999 ในแผนปีงบประมาณ 2568", StringComparison.Ordinal);
        var list = result.Output.IndexOf("┌ มาตรการทั้งหมด 10 มาตรการ", StringComparison.Ordinal);
        var help = result.Output.IndexOf("ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้", StringComparison.Ordinal);
        var which = result.Output.IndexOf("ต้องการดูมาตรการที่เท่าไรคะ", StringComparison.Ordinal);
        var welcome = result.Output.IndexOf("ยินดีต้อนรับสู่ LINE ทางการของเทศบาลตำบลไผ่ดำพัฒนา", StringComparison.Ordinal);
        Assert.True(measure >= 0 && measure < missing && missing < list && list < help && help < which && which < welcome, result.Output);
        Assert.Contains("มีมาตรการที่ 1–10", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_asked_for_in_the_terminal_names_its_address_or_the_command_that_makes_it()
    {
        using var database = TempDatabaseFile.Prepared();
        var linked = new Dictionary<string, string?> { ["Line:ChannelSecret"] = LineWebhook.Secret, ["Web:PublicBaseUrl"] = LineWebhook.PublicBaseUrl };

        var withAddress = await BotVerb.RunAsync(database, linked, "รายงานความก้าวหน้า ปีงบประมาณ 2568 12 เดือน\n", "chat", "--as", "manager");
        var without = await BotVerb.RunAsync(database, "รายงานความก้าวหน้า ปีงบประมาณ 2568 12 เดือน\n", "chat", "--as", "manager");

        Assert.Matches(@"เปิดรายงาน \(PDF\): https://itabot\.test/documents/[^/\s]+/progress-2568-12m\.pdf", withAddress.Output);
        Assert.Contains("report progress --fiscal-year 2568", without.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", without.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_asking_for_a_measure_learns_nothing_of_it()
    {
        using var database = new TempDatabaseFile();

        var result = await BotVerb.RunAsync(database, "มาตรการ 4\nมาตรการทั้งหมด\n", "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่ค่ะ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("กองคลัง", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("┌", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_what_to_type()
    {
        using var database = new TempDatabaseFile();

        var result = await BotVerb.RunAsync(database, "", "chat", "--as", "mayor");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as must be citizen, staff, manager or admin", result.Error, StringComparison.Ordinal);
    }
}
