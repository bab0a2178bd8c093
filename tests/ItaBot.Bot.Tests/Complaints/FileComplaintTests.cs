using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Complaints;
using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>Filing and tracking complaints through the signed webhook, with WireMock.Net as LINE.</summary>
public class FileComplaintTests : ComplaintBotTest
{
    private const string Stranger = "U0000000000000000000000000000c999";

    [Fact]
    public async Task An_anonymous_corruption_report_with_two_photos_and_a_location_gets_a_number_and_reaches_only_the_integrity_officer()
    {
        Assert.Contains("ทุจริต/สินบน", (await SayAsync(Citizen, "ร้องเรียน")).Said, StringComparison.Ordinal);
        Assert.Contains("การแจ้งเรื่องโดยสุจริตได้รับความคุ้มครอง", (await SayAsync(Citizen, "ทุจริต/สินบน")).Said, StringComparison.Ordinal);
        await SayAsync(Citizen, "ไม่เปิดเผยตัวตน");
        var photoPrompt = await SayAsync(Citizen, "เจ้าหน้าที่เรียกเงิน 500 บาท เพื่อเร่งออกใบอนุญาตก่อสร้าง เมื่อ 28 ก.พ.");
        Assert.Contains("\"type\":\"camera\"", photoPrompt.Body, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"cameraRoll\"", photoPrompt.Body, StringComparison.Ordinal);
        Assert.Contains("ได้รับรูปแล้ว 1 รูป", (await SendPhotoAsync(Citizen)).Said, StringComparison.Ordinal);
        Assert.Contains("ได้รับรูปแล้ว 2 รูป", (await SendPhotoAsync(Citizen)).Said, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"location\"", (await SayAsync(Citizen, "ไปต่อ")).Body, StringComparison.Ordinal);
        var summary = await SendAsync(token => LineWebhook.Event("message", LineWebhook.User(Citizen), token, extra: """
            "message":{"id":"loc1","type":"location","title":"สำนักงานเทศบาล","address":"ต.ไผ่ดำพัฒนา","latitude":14.9,"longitude":100.4}
            """));
        Assert.Contains("• ผู้แจ้ง: ไม่เปิดเผยตัวตน", summary.Said, StringComparison.Ordinal);
        Assert.Contains("• สถานที่: สำนักงานเทศบาล ต.ไผ่ดำพัฒนา", summary.Said, StringComparison.Ordinal);

        var filed = await SayAsync(Citizen, "ยืนยัน");

        Assert.Contains("รับเรื่องแล้วค่ะ เลขที่ C68-00001 (ไม่เปิดเผยตัวตน)", filed.Said, StringComparison.Ordinal);
        Assert.Contains("ภายใน 18 มี.ค. 68", filed.Said, StringComparison.Ordinal);
        var complaint = await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal((true, null, 2, 14.9), (complaint.IsAnonymous, complaint.FilerUserId, complaint.PhotoIds.Count, complaint.Latitude));
        Assert.Equal(2, await QueryAsync(db => db.StoredFiles.CountAsync()));

        var push = Assert.Single(await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Equal(Palat, push.Json.GetProperty("to").GetString());
        Assert.Contains("รายงานการทุจริต/ประพฤติมิชอบใหม่ C68-00001", push.Said, StringComparison.Ordinal);
        await IdleAsync();
        Assert.DoesNotContain(Line.AllCalls, call => call.Path != LineFake.ReplyPath && call.Body?.Contains(Citizen, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(Citizen, await QueryAsync(db => db.Complaints.Select(c => c.FilerKey + c.Description).SingleAsync()), StringComparison.Ordinal);

        // The stored webhook events would tie the account to the report: they are gone.
        Assert.Empty(await QueryAsync(db => db.InboxEvents.Where(e => e.Payload.Contains("เรียกเงิน 500 บาท")).ToListAsync()));
    }

    [Fact]
    public async Task The_filer_of_an_anonymous_report_and_the_integrity_officer_can_track_it_and_nobody_else_learns_it_exists()
    {
        await FileCorruptionAsync();

        Assert.Contains("ไม่เปิดเผยตัวตน", (await SayAsync(Citizen, "ติดตามเรื่อง C68-00001")).Said, StringComparison.Ordinal);
        Assert.Contains("C68-00001", (await SayAsync(Citizen, "เรื่องของฉัน")).Said, StringComparison.Ordinal);
        Assert.Contains("รับเรื่องแล้ว", (await SayAsync(Palat, "ติดตามเรื่อง c68-1")).Said, StringComparison.Ordinal);

        foreach (var other in new[] { Stranger, Engineer, LineWebhook.StaffUser })
        {
            var answer = await SayAsync(other, "ติดตามเรื่อง C68-00001");
            var missing = await SayAsync(other, "ติดตามเรื่อง C68-00077");
            Assert.Contains("ไม่พบเรื่องเลขที่ C68-00001", answer.Said, StringComparison.Ordinal);
            Assert.Equal(
                missing.Json.GetProperty("messages").ToString().Replace("00077", "00001", StringComparison.Ordinal),
                answer.Json.GetProperty("messages").ToString());
            Assert.DoesNotContain("เรียกเงิน", answer.Said, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_service_complaint_goes_to_its_units_staff_who_can_track_it_while_other_units_cannot()
    {
        await SayAsync(Citizen, "ร้องเรียน");
        await SayAsync(Citizen, "ไฟฟ้าส่องสว่าง");
        await SayAsync(Citizen, "ไฟถนนดับ 3 ต้น หน้าวัดไผ่ดำ");
        await SayAsync(Citizen, "ข้าม");
        await SayAsync(Citizen, "หน้าวัดไผ่ดำ หมู่ 3");
        Assert.Contains("• เบอร์ติดต่อ: 0812345678", (await SayAsync(Citizen, "๐๘๑-๒๓๔-๕๖๗๘")).Said, StringComparison.Ordinal);
        Assert.Contains("กองช่างจะดำเนินการ", (await SayAsync(Citizen, "ยืนยัน")).Said, StringComparison.Ordinal);

        var push = Assert.Single(await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Equal(Engineer, push.Json.GetProperty("to").GetString());
        Assert.Contains("เรื่องร้องเรียนใหม่ C68-00001 · ไฟฟ้าส่องสว่าง", push.Said, StringComparison.Ordinal);
        Assert.Contains("ไฟถนนดับ", (await SayAsync(Engineer, "C68-00001")).Said, StringComparison.Ordinal);
        Assert.Contains("ไม่พบเรื่องเลขที่", (await SayAsync(LineWebhook.StaffUser, "C68-00001")).Said, StringComparison.Ordinal);
        var complaint = await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal((Citizen, "0812345678", "กองช่าง"), (complaint.FilerUserId, complaint.Phone, complaint.Unit));
    }

    [Fact]
    public async Task A_double_tapped_confirm_files_one_complaint()
    {
        await SayAsync(Citizen, "ร้องเรียน");
        await SayAsync(Citizen, "ขยะ");
        await SayAsync(Citizen, "ขยะไม่ได้เก็บมา 2 สัปดาห์");
        await SayAsync(Citizen, "ข้าม");
        await SayAsync(Citizen, "ข้าม");
        await SayAsync(Citizen, "ข้าม");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(Citizen, "ยืนยัน", "tap-1"), LineWebhook.Text(Citizen, "ยืนยัน", "tap-2")));
        var replies = await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count(c => c.Body!.Contains("\"tap-", StringComparison.Ordinal)) == 2);

        Assert.Equal(1, await QueryAsync(db => db.Complaints.CountAsync()));
        Assert.Single(replies, c => c.Said.Contains("รับเรื่องแล้วค่ะ เลขที่ C68-00001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_half_way_files_nothing()
    {
        await SayAsync(Citizen, "แจ้งเรื่อง");
        await SayAsync(Citizen, "ถนน/ทางเท้า");
        await SayAsync(Citizen, "ถนนเป็นหลุม");

        Assert.Contains("ยกเลิกแล้วค่ะ", (await SayAsync(Citizen, "ยกเลิก")).Said, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.Complaints.CountAsync()));
        Assert.Contains("ยังไม่มีเรื่องที่ท่านแจ้งไว้", (await SayAsync(Citizen, "เรื่องของฉัน")).Said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", "ยังไม่ได้พิมพ์ข้อความ")]
    [InlineData("🙂🙂🙂", "อีโมจิหรือสัญลักษณ์อย่างเดียว")]
    public async Task A_description_that_says_nothing_is_asked_again(string text, string said)
    {
        await SayAsync(Citizen, "ร้องเรียน");
        await SayAsync(Citizen, "อื่น ๆ");

        var answer = await SayAsync(Citizen, text);

        Assert.Contains(said, answer.Said, StringComparison.Ordinal);
        Assert.Contains("เล่าสั้น ๆ ว่าเกิดอะไรขึ้นคะ", answer.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_description_of_20000_characters_is_refused_with_the_limit_and_a_wrong_phone_with_examples()
    {
        await SayAsync(Citizen, "ร้องเรียน");
        await SayAsync(Citizen, "อื่น ๆ");
        Assert.Contains("ข้อความยาว 20,000 ตัวอักษร เกินที่รับได้ 2,000", (await SayAsync(Citizen, new string('ก', 20_000))).Said, StringComparison.Ordinal);
        await SayAsync(Citizen, "ทางระบายน้ำอุดตัน");
        await SayAsync(Citizen, "ข้าม");
        await SayAsync(Citizen, "ข้าม");

        Assert.Contains("เบอร์โทรนี้ไม่ถูกต้องค่ะ", (await SayAsync(Citizen, "12345")).Said, StringComparison.Ordinal);
        Assert.Contains("• เบอร์ติดต่อ: 021234567", (await SayAsync(Citizen, "02-123-4567")).Said, StringComparison.Ordinal);
    }
}
