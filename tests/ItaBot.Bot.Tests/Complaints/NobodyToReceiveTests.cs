using ItaBot.Bot.Scheduling;
using ItaBot.Bot.Tests.Support;
using ItaBot.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>A complaint nobody can receive — a corruption report with no integrity officer or ปลัด linked — is not left unseen.</summary>
public class NobodyToReceiveTests() : LineBotTest(new ShiftedTime(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(7))))
{
    private const string Admin = "U0000000000000000000000000000a404";

    [Fact]
    public async Task The_daily_watch_tells_the_administrators_once_of_a_complaint_that_nobody_could_receive()
    {
        await TestPeople.LinkAsync(Bot.Services, Admin, ItaBot.Core.People.Role.Admin, "สำนักปลัด");
        foreach (var text in new[] { "ร้องเรียน", "ทุจริต/สินบน", "ไม่เปิดเผยตัวตน", "เจ้าหน้าที่เรียกเงิน", "ข้าม", "ข้าม", "ยืนยัน" })
        {
            await SayAsync(LineWebhook.CitizenUser, text);
        }

        await IdleAsync();
        Assert.Empty(Line.Calls(LineFake.PushPath));

        var runner = Bot.Services.GetRequiredService<JobRunner>();
        var now = Bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await runner.RunAtAsync(ComplaintDeadlineJob.JobId, now, CancellationToken.None);
        await runner.RunAtAsync(ComplaintDeadlineJob.JobId, now.AddDays(1), CancellationToken.None);
        await IdleAsync();

        var told = Assert.Single(Line.Calls(LineFake.PushPath));
        Assert.Equal(Admin, told.Json.GetProperty("to").GetString());
        Assert.Contains("เรื่อง C68-00001 ยังไม่มีผู้รับเรื่อง: ไม่มีผู้รับผิดชอบด้านความโปร่งใสเชื่อมบัญชี LINE", told.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("เรียกเงิน", told.Said, StringComparison.Ordinal);
    }
}
