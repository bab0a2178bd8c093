using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Complaints;
using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>The staff side: moving a complaint on, the citizen told through the outbox, the overdue list, the rating.</summary>
public class HandleComplaintTests : ComplaintBotTest
{

    [Fact]
    public async Task A_status_change_by_staff_is_pushed_to_the_citizen_who_rates_the_finished_work()
    {
        await FileAsync("ไฟฟ้าส่องสว่าง", "ไฟถนนดับ 3 ต้น");
        await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count == 1);
        Assert.Contains("จัดการ C68-00001", (await SayAsync(Engineer, "ติดตามเรื่อง C68-00001")).Said, StringComparison.Ordinal);

        await SayAsync(Engineer, "จัดการเรื่อง C68-00001");
        Assert.Contains("แจ้งผลการดำเนินการถึงผู้ร้องเรียน", (await SayAsync(Engineer, "ดำเนินการเสร็จสิ้น")).Said, StringComparison.Ordinal);
        Assert.Contains("(ผู้ร้องจะได้รับแจ้งทาง LINE)", (await SayAsync(Engineer, "เปลี่ยนหลอดไฟ 3 ต้นเรียบร้อย")).Said, StringComparison.Ordinal);
        Assert.Contains("บันทึกแล้วค่ะ: เรื่อง C68-00001 ดำเนินการเสร็จสิ้น", (await SayAsync(Engineer, "ยืนยัน")).Said, StringComparison.Ordinal);

        var pushes = await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count == 2);
        var told = pushes[1];
        Assert.Equal(Citizen, told.Json.GetProperty("to").GetString());
        Assert.Contains("เรื่อง C68-00001 ดำเนินการเสร็จสิ้นแล้วค่ะ: เปลี่ยนหลอดไฟ 3 ต้นเรียบร้อย (กองช่าง)", told.Said, StringComparison.Ordinal);
        Assert.Contains("5 มากที่สุด", told.Said, StringComparison.Ordinal);
        Assert.Contains("ให้คะแนน C68-00001 5", told.Said, StringComparison.Ordinal);

        Assert.Contains("ขอบคุณค่ะ บันทึกความพึงพอใจ 5 จาก 5", (await SayAsync(Citizen, "ให้คะแนน C68-00001 5")).Said, StringComparison.Ordinal);
        Assert.Contains("ขอบคุณค่ะ ความเห็นของท่าน", (await SayAsync(Citizen, "รวดเร็วมาก ขอบคุณครับ")).Said, StringComparison.Ordinal);
        var complaint = await QueryAsync(db => db.Complaints.AsNoTracking().Include(c => c.History).SingleAsync());
        Assert.Equal((ComplaintStatus.Done, 5, "รวดเร็วมาก ขอบคุณครับ", 2), (complaint.Status, complaint.Rating, complaint.RatingComment, complaint.History.Count));
        Assert.Contains("ดำเนินการเสร็จสิ้น", (await SayAsync(Citizen, "ติดตามเรื่อง C68-00001")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_filer_rates_and_only_once_it_is_closed()
    {
        await FileAsync("ขยะ", "ขยะไม่ได้เก็บ");

        Assert.Contains("ให้คะแนนได้เฉพาะเรื่องของท่านที่ดำเนินการเสร็จแล้ว", (await SayAsync(Citizen, "ให้คะแนน C68-00001 1")).Said, StringComparison.Ordinal);
        Assert.Contains("ให้คะแนนได้เฉพาะเรื่องของท่านที่ดำเนินการเสร็จแล้ว", (await SayAsync(Engineer, "ให้คะแนน C68-00001 5")).Said, StringComparison.Ordinal);
        Assert.Null(await QueryAsync(db => db.Complaints.Select(c => c.Rating).SingleAsync()));
    }

    [Fact]
    public async Task An_anonymous_filer_is_not_pushed_to_but_sees_the_answer_when_tracking()
    {
        await CitizenSaysAsync("ร้องเรียน", "ทุจริต/สินบน", "ไม่เปิดเผยตัวตน", "เรียกรับเงิน", "ข้าม", "ข้าม", "ยืนยัน");

        Assert.Contains("ไม่พบเรื่องเลขที่", (await SayAsync(Engineer, "จัดการเรื่อง C68-00001")).Said, StringComparison.Ordinal);
        await SayAsync(Palat, "จัดการเรื่อง C68-00001");
        await SayAsync(Palat, "ยุติเรื่อง");
        await SayAsync(Palat, "ตรวจสอบแล้วไม่พบมูล");
        Assert.Contains("ผู้ร้องไม่เปิดเผยตัวตน จึงไม่ได้รับแจ้ง จะเห็นเมื่อติดตามเรื่องด้วยเลขที่", (await SayAsync(Palat, "ยืนยัน")).Said, StringComparison.Ordinal);

        await IdleAsync();
        Assert.Single(Line.Calls(LineFake.PushPath));
        Assert.Contains("ตรวจสอบแล้วไม่พบมูล", (await SayAsync(Citizen, "ติดตามเรื่อง C68-00001")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_complaints_show_staff_the_days_left_and_those_overdue_first()
    {
        await FileAsync("ถนน/ทางเท้า", "ถนนเป็นหลุม");
        await FileAsync("ไฟฟ้าส่องสว่าง", "ไฟดับ");
        await QueryAsync(db => db.Complaints.Where(c => c.Number == "C68-00002")
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DueOn, new DateOnly(2025, 3, 1))));

        var open = (await SayAsync(Engineer, "เรื่องค้าง")).Said;

        Assert.Contains("เรื่องค้าง 2 เรื่อง", open, StringComparison.Ordinal);
        Assert.Contains("C68-00002 ไฟฟ้าส่องสว่าง · เกินกำหนด 2 วัน", open, StringComparison.Ordinal);
        Assert.Contains("C68-00001 ถนน/ทางเท้า · เหลือ 15 วัน", open, StringComparison.Ordinal);
        Assert.True(open.IndexOf("C68-00002", StringComparison.Ordinal) < open.IndexOf("C68-00001", StringComparison.Ordinal));
        Assert.Contains("ไม่มีเรื่องร้องเรียนค้าง", (await SayAsync(LineWebhook.StaffUser, "เรื่องค้าง")).Said, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลนี้สำหรับเจ้าหน้าที่", (await SayAsync(Citizen, "เรื่องค้าง")).Said, StringComparison.Ordinal);
    }

    private Task FileAsync(string kind, string description) =>
        CitizenSaysAsync("ร้องเรียน", kind, description, "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
}
