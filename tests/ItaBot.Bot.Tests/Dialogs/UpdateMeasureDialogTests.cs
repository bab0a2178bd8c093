using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Measures;
using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Dialogs;

/// <summary>"อัปเดตมาตรการ 4" through the signed webhook, from the first message to the changed card.</summary>
public class UpdateMeasureDialogTests : LineBotTest
{
    private const string Staff = LineWebhook.StaffUser;
    private const string Colleague = "U0000000000000000000000000000d002";

    [Fact]
    public async Task An_update_with_a_note_and_a_photo_is_recorded_with_who_and_when_and_changes_the_card()
    {
        Assert.Contains("อัปเดตผลการดำเนินการใดของมาตรการที่ 4", (await SayAsync(Staff, "อัปเดตมาตรการ ๔")).Said, StringComparison.Ordinal);
        Assert.Contains("ตอนนี้ 2/4 ครั้ง", (await SayAsync(Staff, "ตรวจสอบพัสดุ ครุภัณฑ์")).Said, StringComparison.Ordinal);
        Assert.Contains("นับเพิ่มกี่ครั้ง", (await SayAsync(Staff, "ตรวจสอบครุภัณฑ์ครั้งที่ 3 เสร็จแล้ว")).Said, StringComparison.Ordinal);
        Assert.Contains("หมายเหตุ", (await SayAsync(Staff, "๑")).Said, StringComparison.Ordinal);
        Assert.Contains("รูปหลักฐาน", (await SayAsync(Staff, "ตามบันทึกข้อความที่ กค 0023/45")).Said, StringComparison.Ordinal);
        var summary = await SendPhotoAsync(Staff);
        Assert.Contains("ตรวจสอบพัสดุ ครุภัณฑ์ +1 → 3/4 ครั้ง", summary.Said, StringComparison.Ordinal);
        Assert.Contains("รูปหลักฐาน: 1 รูป", summary.Said, StringComparison.Ordinal);

        var saved = await SayAsync(Staff, "ยืนยัน");

        Assert.Contains("บันทึกแล้วค่ะ: ตรวจสอบพัสดุ ครุภัณฑ์ 3/4 ครั้ง", saved.Said, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"flex\"", saved.Body, StringComparison.Ordinal);
        var card = await SayAsync(Staff, "สถานะมาตรการ 4");
        Assert.Contains("3/4 ครั้ง", card.Said, StringComparison.Ordinal);
        Assert.Contains("ตรวจสอบครุภัณฑ์ครั้งที่ 3 เสร็จแล้ว", card.Said, StringComparison.Ordinal);

        var update = await QueryAsync(db => db.ProgressUpdates.AsNoTracking().OrderByDescending(u => u.Id).FirstAsync());
        Assert.Equal((3, 1, "ตรวจสอบครุภัณฑ์ครั้งที่ 3 เสร็จแล้ว\nหมายเหตุ: ตามบันทึกข้อความที่ กค 0023/45"), (update.OutputPosition, update.Amount, update.Text));
        Assert.NotNull(update.PersonId);
        Assert.True(DateTimeOffset.UtcNow - update.RecordedAt < TimeSpan.FromMinutes(1));
        var photo = await QueryAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == update.EvidenceFileId));
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xD9], photo.Content);
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }

    [Fact]
    public async Task A_count_typed_alone_is_the_update_and_meeting_every_target_marks_the_measure_done()
    {
        await SayAsync(Staff, "update measure 4");
        await SayAsync(Staff, "3");
        Assert.Contains("หมายเหตุ", (await SayAsync(Staff, "+2 ครั้ง")).Said, StringComparison.Ordinal);
        await SayAsync(Staff, "ข้าม");
        await SayAsync(Staff, "skip");

        var saved = await SayAsync(Staff, "ยืนยัน");

        Assert.Contains("4/4 ครั้ง", saved.Said, StringComparison.Ordinal);
        Assert.Contains(MeasureStatus.Done.Thai(), saved.Said, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Done, await QueryAsync(db => db.Measures.Where(m => m.Number == 4).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Work_with_nothing_to_count_is_recorded_on_the_measure_without_changing_any_count()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        Assert.Contains("ทำอะไรในมาตรการที่ 4 ไปแล้วคะ", (await SayAsync(Staff, "งานอื่นของมาตรการ")).Said, StringComparison.Ordinal);
        await SayAsync(Staff, "ชี้แจงขั้นตอนการยืมทรัพย์สินในที่ประชุมประจำเดือน");
        await SayAsync(Staff, "ข้าม");
        Assert.Contains("ผลการดำเนินการ: งานอื่นของมาตรการ", (await SayAsync(Staff, "ข้าม")).Said, StringComparison.Ordinal);

        var saved = await SayAsync(Staff, "ยืนยัน");

        Assert.Contains("บันทึกความคืบหน้ามาตรการที่ 4 แล้วค่ะ", saved.Said, StringComparison.Ordinal);
        Assert.Contains("ชี้แจงขั้นตอนการยืมทรัพย์สินในที่ประชุมประจำเดือน", saved.Said, StringComparison.Ordinal);
        var outputs = await QueryAsync(db => db.Measures.AsNoTracking().Where(m => m.Number == 4).Select(m => m.Outputs.Sum(o => o.Actual)).SingleAsync());
        Assert.Equal(12, outputs);
        Assert.Null((await QueryAsync(db => db.ProgressUpdates.AsNoTracking().OrderByDescending(u => u.Id).FirstAsync())).OutputPosition);
    }

    [Fact]
    public async Task Cancelling_half_way_saves_nothing_and_says_so()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        await SayAsync(Staff, "3");
        await SayAsync(Staff, "ตรวจครั้งที่ 3");

        var cancelled = await SayAsync(Staff, "ยกเลิก");

        Assert.Contains("ยกเลิกแล้วค่ะ ไม่มีการบันทึกใด ๆ", cancelled.Said, StringComparison.Ordinal);
        Assert.Equal(5, await QueryAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == db.Measures.Single(m => m.Number == 4).Id)));
        Assert.Contains("ตอนนี้ไม่มีรายการที่ทำค้างอยู่", (await SayAsync(Staff, "ยกเลิก")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_do_not_fit_are_asked_again_with_the_reason_and_help_explains_the_question()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        Assert.Contains("ไม่มีตัวเลือกนี้ค่ะ", (await SayAsync(Staff, "9")).Said, StringComparison.Ordinal);
        await SayAsync(Staff, "3");

        var tooLong = await SayAsync(Staff, new string('ก', 20_000));
        Assert.Contains("ข้อความยาว 20,000 ตัวอักษร เกินที่รับได้ 500 ตัวอักษร", tooLong.Said, StringComparison.Ordinal);
        Assert.Contains("ทำอะไรไปแล้วคะ", tooLong.Said, StringComparison.Ordinal);
        Assert.Contains("ขั้นตอนนี้ต้องการข้อความ", (await SendPhotoAsync(Staff)).Said, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ได้พิมพ์ข้อความ", (await SayAsync(Staff, "   ")).Said, StringComparison.Ordinal);

        var help = await SayAsync(Staff, "ช่วยเหลือ");
        Assert.Contains("บอกสั้น ๆ ว่าทำอะไรไปแล้ว", help.Said, StringComparison.Ordinal);
        Assert.Contains("ยกเลิก", help.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_staff_confirming_updates_of_the_same_measure_at_once_lose_neither()
    {
        await TestPeople.LinkAsync(Bot.Services, Colleague, Role.Staff, TestPeople.FinanceUnit);
        foreach (var user in new[] { Staff, Colleague })
        {
            await SayAsync(user, "อัปเดตมาตรการ 4");
            await SayAsync(user, "3");
            await SayAsync(user, "1");
            await SayAsync(user, "ข้าม");
            await SayAsync(user, "ข้าม");
        }

        // One delivery carrying both confirmations: the two chats are handled in parallel.
        await LineWebhook.PostAsync(Client, LineWebhook.Body(
            LineWebhook.Text(Staff, "ยืนยัน", "confirm-a"), LineWebhook.Text(Colleague, "ยืนยัน", "confirm-b")));
        await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count(c => c.Body!.Contains("confirm-", StringComparison.Ordinal)) == 2);

        var measure = await QueryAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Number == 4));
        Assert.Equal(4, measure.Outputs.Single(o => o.Position == 3).Actual);
        Assert.Equal(MeasureStatus.Done, measure.Status);
        Assert.Equal(2, await QueryAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == measure.Id && u.PersonId != null)));

        // Each confirmation answered once: a conflict redoes the turn, it does not answer it twice or leave it waiting.
        await IdleAsync();
        Assert.Single(Line.Calls(LineFake.ReplyPath), c => c.Body!.Contains("confirm-a", StringComparison.Ordinal));
        Assert.Single(Line.Calls(LineFake.ReplyPath), c => c.Body!.Contains("confirm-b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dialog_left_for_more_than_thirty_minutes_is_dropped_and_the_next_message_is_a_new_request()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        await QueryAsync(db => db.DialogStates.ExecuteUpdateAsync(d => d.SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow.AddMinutes(-31))));

        var answer = await SayAsync(Staff, "มาตรการทั้งหมด");

        Assert.Contains("รายการที่ทำค้างไว้เกิน 30 นาทีจึงยกเลิกไปแล้วโดยไม่บันทึกค่ะ", answer.Said, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"flex\"", answer.Body, StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }

    [Fact]
    public async Task A_dialog_begun_by_the_message_after_one_expired_is_kept_for_the_next_answer()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        await QueryAsync(db => db.DialogStates.ExecuteUpdateAsync(d => d.SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow.AddMinutes(-31))));

        Assert.Contains("รายการที่ทำค้างไว้เกิน 30 นาที", (await SayAsync(Staff, "อัปเดตมาตรการ 4")).Said, StringComparison.Ordinal);

        Assert.Contains("ทำอะไร", (await SayAsync(Staff, "1")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_that_does_not_exist_gets_the_numbers_that_do_and_starts_nothing()
    {
        var answer = await SayAsync(Staff, "อัปเดตมาตรการ 99");

        Assert.Contains("ไม่พบมาตรการที่ 99", answer.Said, StringComparison.Ordinal);
        Assert.Contains("อัปเดตมาตรการ 4", answer.Said, StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }

    [Fact]
    public async Task Setting_the_status_with_a_reason_keeps_it_and_records_the_reason()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");
        Assert.Contains("ต้องการตั้งเป็นสถานะใด", (await SayAsync(Staff, "เปลี่ยนสถานะ")).Said, StringComparison.Ordinal);
        await SayAsync(Staff, MeasureStatus.Done.Thai());
        Assert.Contains("ระหว่างดำเนินการ → ดำเนินการแล้ว", (await SayAsync(Staff, "ตรวจครบตามแผนแล้ว รอรายงาน")).Said, StringComparison.Ordinal);

        var saved = await SayAsync(Staff, "ยืนยัน");

        Assert.Contains("ตั้งสถานะมาตรการที่ 4 เป็น \"ดำเนินการแล้ว\" แล้วค่ะ", saved.Said, StringComparison.Ordinal);
        var update = await QueryAsync(db => db.ProgressUpdates.AsNoTracking().OrderByDescending(u => u.Id).FirstAsync());
        Assert.Equal((MeasureStatus.Done, "ตรวจครบตามแผนแล้ว รอรายงาน"), (update.SetStatus, update.Text));
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }
}
