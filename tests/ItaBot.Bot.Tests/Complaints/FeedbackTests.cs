using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Feedback;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>The satisfaction survey, suggestions, statistics and erasure, through the signed webhook.</summary>
public class FeedbackTests : ComplaintBotTest
{
    [Fact]
    public async Task The_survey_asks_the_five_ITA_points_and_stores_each_answer_without_the_respondent()
    {
        await SayAsync(Citizen, "ประเมินความพึงพอใจ");
        await CitizenSaysAsync("5", "๔");
        Assert.Contains("กรุณาพิมพ์ตัวเลข 1–5", (await SayAsync(Citizen, "9")).Said, StringComparison.Ordinal);
        await CitizenSaysAsync("4", "3");
        Assert.Contains("มีข้อเสนอแนะเพิ่มเติมไหมคะ", (await SayAsync(Citizen, "5")).Said, StringComparison.Ordinal);

        var thanks = await SayAsync(Citizen, "เจ้าหน้าที่สุภาพมาก");

        Assert.Contains("ขอบคุณที่ร่วมประเมินค่ะ (คะแนนเฉลี่ยของท่าน 4.2 จาก 5)", thanks.Said, StringComparison.Ordinal);
        var response = await QueryAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Answers).SingleAsync());
        Assert.Equal(SurveyQuestions.All.Select(q => q.Code), response.Answers.OrderBy(a => a.Id).Select(a => a.Question));
        Assert.Equal([5, 4, 4, 3, 5], response.Answers.OrderBy(a => a.Id).Select(a => a.Score));
        Assert.Equal("เจ้าหน้าที่สุภาพมาก", response.Comment);
    }

    [Fact]
    public async Task A_suggestion_is_acknowledged_with_its_own_number_and_kept_without_the_account_when_anonymous()
    {
        await SayAsync(Citizen, "ข้อเสนอแนะ");
        Assert.Contains("ต้องการระบุตัวตนไหมคะ", (await SayAsync(Citizen, "อยากให้มีถังขยะแยกประเภทหน้าตลาด")).Said, StringComparison.Ordinal);

        var thanks = await SayAsync(Citizen, "ไม่ระบุตัวตน");

        Assert.Contains("ได้รับข้อเสนอแนะแล้ว เลขที่ S68-00001 (ไม่ระบุตัวตน)", thanks.Said, StringComparison.Ordinal);
        var suggestion = await QueryAsync(db => db.Suggestions.AsNoTracking().SingleAsync());
        Assert.Equal(("อยากให้มีถังขยะแยกประเภทหน้าตลาด", null), (suggestion.Text, suggestion.UserId));
    }

    [Fact]
    public async Task Statistics_count_by_kind_status_and_unit_with_the_share_answered_on_time_and_are_published_to_anyone_without_descriptions()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        await CitizenSaysAsync("ร้องเรียน", "ทุจริต/สินบน", "ไม่เปิดเผยตัวตน", "เรียกรับเงิน", "ข้าม", "ข้าม", "ยืนยัน");
        foreach (var text in new[] { "จัดการเรื่อง C68-00001", "ดำเนินการเสร็จสิ้น", "ซ่อมแล้ว", "ยืนยัน" })
        {
            await SayAsync(Engineer, text);
        }

        var card = (await SayAsync(Palat, "สถิติเรื่องร้องเรียน ปีงบประมาณ 2568")).Said;

        Assert.Contains("ปีงบประมาณ 2568 (1 ต.ค. 67 – 30 ก.ย. 68)", card, StringComparison.Ordinal);
        Assert.Contains("สถิติเรื่องร้องเรียน ปีงบประมาณ 2568: รับ 2 · เสร็จ 1 · ค้าง 1 · เกินกำหนด 0", card, StringComparison.Ordinal);
        Assert.Contains("100%", card, StringComparison.Ordinal);
        Assert.Contains("ทุจริต/สินบน", card, StringComparison.Ordinal);
        Assert.Contains("ผู้รับผิดชอบด้านความโปร่งใส", card, StringComparison.Ordinal);
        Assert.DoesNotContain("เรียกรับเงิน", card, StringComparison.Ordinal);
        var published = (await SayAsync(Citizen, "สถิติ")).Said;
        Assert.Contains("รับ 2 · เสร็จ 1 · ค้าง 1", published, StringComparison.Ordinal);
        Assert.DoesNotContain("เรียกรับเงิน", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_ones_data_unlinks_the_complaints_which_stay_for_statistics()
    {
        await CitizenSaysAsync("ร้องเรียน", "ขยะ", "ขยะล้นถัง", "ข้าม", "ข้าม", "081-234-5678", "ยืนยัน");
        Assert.Contains("ลบแล้วย้อนกลับไม่ได้", (await SayAsync(Citizen, "ลบข้อมูลของฉัน")).Said, StringComparison.Ordinal);

        var erased = await SayAsync(Citizen, "ยืนยัน");

        Assert.Contains("ลบข้อมูลส่วนบุคคลของท่านแล้วค่ะ (เรื่องร้องเรียน 1 เรื่อง", erased.Said, StringComparison.Ordinal);
        var complaint = await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync());
        Assert.Equal((null, null, "ขยะล้นถัง"), (complaint.FilerUserId, complaint.Phone, complaint.Description));
        Assert.Contains("ยังไม่มีเรื่องที่ท่านแจ้งไว้", (await SayAsync(Citizen, "เรื่องของฉัน")).Said, StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.InboxEvents.Where(e => e.ChatId == Citizen && e.Payload.Contains("ขยะล้นถัง")).ToListAsync()));
    }
}
