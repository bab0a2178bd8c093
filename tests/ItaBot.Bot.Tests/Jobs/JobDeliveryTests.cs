using ItaBot.Bot.Scheduling;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;
using ItaBot.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Jobs;

/// <summary>A job's pushes going out through the outbox to a LINE that fails half the time.</summary>
public class JobDeliveryTests() : LineBotTest(new ShiftedTime(new DateTimeOffset(2025, 3, 26, 9, 0, 0, TimeSpan.FromHours(7))))
{
    private const string ServerError = """{"message":"An error occurred in the backend"}""";

    [Fact]
    public async Task With_LINE_failing_every_other_call_each_reminder_is_delivered_exactly_once()
    {
        var staff = Enumerable.Range(1, 20).Select(i => $"U{i:D32}").ToList();
        foreach (var user in staff)
        {
            await TestPeople.LinkAsync(Bot.Services, user, Role.Staff, TestPeople.FinanceUnit);
        }

        Line.AnswerInTurn(LineFake.PushPath, [.. Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? 500 : 200, i % 2 == 0 ? ServerError : """{"sentMessages":[{"id":"1"}]}""", (string?)null))]);
        var runner = Bot.Services.GetRequiredService<JobRunner>();

        await runner.RunAsync(MonthlyReportingJob.JobId, null, CancellationToken.None);
        await runner.RunAsync(MonthlyReportingJob.JobId, null, CancellationToken.None);

        // Each of the 20 staff plus the test's own staff user (กองคลัง too).
        await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count(c => c.Status == 200) >= 21, seconds: 60);
        await IdleAsync();
        var calls = Line.Calls(LineFake.PushPath);
        Assert.Contains(calls, c => c.Status == 500);
        var byRecipient = calls.GroupBy(c => c.Json.GetProperty("to").GetString()!).ToList();
        Assert.Equal(21, byRecipient.Count);
        Assert.All(byRecipient, g =>
        {
            Assert.Single(g, c => c.Status == 200);
            Assert.Single(g.Select(c => c.RetryKey).Distinct());
        });
        Assert.All(staff, user => Assert.Contains(byRecipient, g => g.Key == user));
    }

    [Fact]
    public async Task The_managers_summary_reaches_LINE_as_a_Flex_card_with_its_text_as_the_fallback()
    {
        const string manager = "U00000000000000000000000000000m03";
        await TestPeople.LinkAsync(Bot.Services, manager, Role.Manager, "สำนักปลัด");

        await Bot.Services.GetRequiredService<JobRunner>().RunAsync(MonthlySummaryJob.JobId, null, CancellationToken.None);

        var push = Assert.Single(await Line.WaitForAsync(LineFake.PushPath, calls => calls.Count > 0));
        Assert.Equal(manager, push.Json.GetProperty("to").GetString());
        var message = push.Json.GetProperty("messages")[0];
        Assert.Equal("flex", message.GetProperty("type").GetString());
        var fallback = message.GetProperty("altText").GetString()!;
        Assert.StartsWith("สรุปความก้าวหน้า ก.พ. 2568 · ปีงบประมาณ 2568", fallback, StringComparison.Ordinal);
        Assert.Contains("เรื่องร้องเรียน: รับ 0", fallback, StringComparison.Ordinal);
        Assert.Contains("ล่าช้ากว่าแผน", push.Said, StringComparison.Ordinal);
        Line.AssertContractKept();
    }
}
