using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Conversation;

/// <summary>A command typed in the middle of a dialog is the command, not the answer; through the signed webhook.</summary>
public class CommandsInDialogsTests : ComplaintBotTest
{
    private const string LeftComplaint = "ออกจากการแจ้งเรื่องร้องเรียนที่ทำค้างไว้แล้วค่ะ สิ่งที่ตอบไว้ยังไม่ได้บันทึก";

    [Fact]
    public async Task Tracking_typed_as_a_complaints_description_tracks_and_files_nothing()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง");

        var answer = (await SayAsync(Citizen, "ติดตามเรื่อง")).Said;

        Assert.Contains(LeftComplaint, answer, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีเรื่องที่ท่านแจ้งไว้", answer, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<ItaBot.Core.Complaints.Complaint>());
        Assert.Equal(0, await CountAsync<ItaBot.Core.Conversations.DialogState>());
    }

    [Fact]
    public async Task Complaining_after_a_rating_starts_a_complaint_instead_of_becoming_the_ratings_comment()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        foreach (var text in new[] { "จัดการเรื่อง C68-00001", "ดำเนินการเสร็จสิ้น", "เปลี่ยนหลอดไฟแล้ว", "ยืนยัน" })
        {
            await SayAsync(Engineer, text);
        }

        Assert.Contains("มีความคิดเห็นเพิ่มเติมไหมคะ", (await SayAsync(Citizen, "ให้คะแนน C68-00001 4")).Said, StringComparison.Ordinal);
        var answer = (await SayAsync(Citizen, "ร้องเรียน")).Said;

        Assert.Contains("ออกจากการให้คะแนนเรื่องร้องเรียนที่ทำค้างไว้แล้วค่ะ", answer, StringComparison.Ordinal);
        Assert.Contains("เรื่องที่ต้องการแจ้งเป็นเรื่องใดคะ", answer, StringComparison.Ordinal);
        var complaint = await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal((4, null), (complaint.Rating, complaint.RatingComment));
    }

    [Fact]
    public async Task A_menu_command_during_the_survey_leaves_it_unsaved_and_does_what_it_says()
    {
        await CitizenSaysAsync("ประเมินความพึงพอใจ", "5");

        var answer = (await SayAsync(Citizen, "ข้อเสนอแนะ")).Said;

        Assert.Contains("ออกจากแบบประเมินความพึงพอใจที่ทำค้างไว้แล้วค่ะ", answer, StringComparison.Ordinal);
        Assert.Contains("ข้อเสนอแนะ", answer, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<ItaBot.Core.Feedback.SurveyResponse>());
        Assert.Contains("ต้องการระบุตัวตนไหมคะ", (await SayAsync(Citizen, "อยากให้มีไฟทางเพิ่ม")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_that_only_begin_like_a_command_are_still_the_answer()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง");

        var answer = (await SayAsync(Citizen, "ร้องเรียนไฟดับหน้าบ้านเลขที่ 12")).Said;

        Assert.DoesNotContain("ออกจาก", answer, StringComparison.Ordinal);
        await CitizenSaysAsync("ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        Assert.Equal("ร้องเรียนไฟดับหน้าบ้านเลขที่ 12", (await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync())).Description);
    }

    [Fact]
    public async Task A_staff_members_status_request_in_the_middle_of_an_update_is_answered_and_the_update_left()
    {
        await TestPeople.LinkAsync(Bot.Services, "U0000000000000000000000000000s777", ItaBot.Core.People.Role.Manager, "สำนักปลัด");
        await SayAsync("U0000000000000000000000000000s777", "อัปเดตมาตรการ 1");

        var answer = (await SayAsync("U0000000000000000000000000000s777", "สถานะมาตรการ 2")).Said;

        Assert.Contains("ออกจากการอัปเดตมาตรการที่ทำค้างไว้แล้วค่ะ", answer, StringComparison.Ordinal);
        Assert.Contains("มาตรการที่ 2", answer, StringComparison.Ordinal);
    }
}
