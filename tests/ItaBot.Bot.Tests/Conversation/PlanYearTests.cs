using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Conversation;

/// <summary>A year after the loaded plan's (ปีงบประมาณ 2568), the bot says the plan is last year's instead of passing it off as this one.</summary>
public class PlanYearTests() : LineBotTest(new ShiftedTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7))))
{
    [Fact]
    public async Task My_work_says_when_the_plan_shown_is_not_this_fiscal_years()
    {
        var answer = (await SayAsync(LineWebhook.StaffUser, "งานของฉัน")).Said;

        Assert.Contains("ยังไม่มีแผนมาตรการของปีงบประมาณ 2570 ในระบบ ที่แสดงเป็นแผนปีงบประมาณ 2568", answer, StringComparison.Ordinal);
    }
}
