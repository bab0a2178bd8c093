using ItaBot.Bot.Scheduling;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Complaints;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>The complaint watch run as of an instant sees each complaint as it stood then, not as it is now.</summary>
public class ComplaintWatchAsOfTests : ComplaintBotTest
{
    [Fact]
    public async Task A_complaint_taken_up_after_the_runs_instant_was_still_untouched_then_and_is_reminded_of()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        foreach (var text in new[] { "จัดการเรื่อง C68-00001", "กำลังดำเนินการ", "ข้าม", "ยืนยัน" })
        {
            await SayAsync(Engineer, text);
        }

        // The handler took it up twelve days after it was filed, not today.
        var now = Bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await QueryAsync(db => db.ComplaintEntries.Where(e => e.Status == ComplaintStatus.InProgress)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.At, now.AddDays(12))));
        await IdleAsync();
        var before = Line.Calls(LineFake.PushPath).Count;

        await Bot.Services.GetRequiredService<JobRunner>().RunAtAsync(ComplaintDeadlineJob.JobId, now.AddDays(11), CancellationToken.None);
        await IdleAsync();

        var reminder = Assert.Single(Line.Calls(LineFake.PushPath).Skip(before));
        Assert.Equal(Engineer, reminder.Json.GetProperty("to").GetString());
        Assert.Contains("เรื่อง C68-00001 รับไว้ 11 วันแล้วยังไม่มีการดำเนินการ", reminder.Said, StringComparison.Ordinal);
    }
}
