using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Dialogs;

/// <summary>
/// A person mid-dialog when a new release changes that dialog is told plainly and starts again, never asked a question
/// they were not at; a person who keeps answering what does not fit is offered help and a way out.
/// </summary>
public class DialogReleaseTests : LineBotTest
{
    private const string Staff = LineWebhook.StaffUser;
    private const string Told = "ระบบได้รับการปรับปรุงระหว่างที่ท่านทำรายการค้างไว้";

    public static TheoryData<string, string> SavedByAnotherRelease => new()
    {
        // The previous release kept the step's position, not its name.
        { "a step kept by position", """[{"dialog":"update-measure","step":2,"state":"{}"}]""" },
        { "a step this release does not have", """[{"dialog":"update-measure","version":1,"step":"how-many-photos","state":"{}"}]""" },
        { "another version of the dialog", """[{"dialog":"update-measure","version":99,"step":"note","state":"{}"}]""" },
        { "a dialog this release does not have", """[{"dialog":"order-lunch","version":1,"step":"dish","state":"{}"}]""" },
    };

    [Theory]
    [MemberData(nameof(SavedByAnotherRelease))]
    public async Task A_dialog_saved_by_another_release_is_dropped_with_a_plain_word_and_the_message_is_answered_anew(string saved, string stack)
    {
        await QueryAsync(db =>
        {
            db.DialogStates.Add(new DialogState { ChatId = Staff, Stack = stack, UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var answer = await SayAsync(Staff, "สถานะมาตรการ 4");

        Assert.Contains(Told, answer.Said, StringComparison.Ordinal);
        Assert.True(answer.Said.Contains("มาตรการที่ 4", StringComparison.Ordinal), saved);
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }

    [Fact]
    public async Task A_dialog_saved_by_this_release_carries_on_without_a_word()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");

        var answer = await SayAsync(Staff, "ตรวจสอบพัสดุ ครุภัณฑ์");

        Assert.DoesNotContain(Told, answer.Said, StringComparison.Ordinal);
        Assert.Contains("ตอนนี้ 2/4 ครั้ง", answer.Said, StringComparison.Ordinal);
        Assert.Contains("\"step\":\"done\"", await QueryAsync(db => db.DialogStates.Select(d => d.Stack).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_third_answer_in_a_row_that_does_not_fit_brings_the_help_and_a_way_out()
    {
        await SayAsync(Staff, "อัปเดตมาตรการ 4");

        var first = await SayAsync(Staff, "ผลการดำเนินการที่ไม่มี");
        var second = await SayAsync(Staff, "ไม่รู้");
        var third = await SayAsync(Staff, "อะไรนะ");

        Assert.DoesNotContain(QuickReplies(first), label => label == "ยกเลิก");
        Assert.DoesNotContain(QuickReplies(second), label => label == "ยกเลิก");
        Assert.Contains("พิมพ์ \"ยกเลิก\" เพื่อออกโดยไม่บันทึก", third.Said, StringComparison.Ordinal);
        Assert.Equal("ยกเลิก", QuickReplies(third)[^1]);
        Assert.Contains("ตรวจสอบพัสดุ ครุภัณฑ์", QuickReplies(third));

        Assert.Contains("ตอนนี้ 2/4 ครั้ง", (await SayAsync(Staff, "ตรวจสอบพัสดุ ครุภัณฑ์")).Said, StringComparison.Ordinal);
        await SayAsync(Staff, "ตรวจสอบครุภัณฑ์ไตรมาส 3 แล้ว");
        Assert.DoesNotContain(QuickReplies(await SayAsync(Staff, "หลายครั้ง")), label => label == "ยกเลิก");
    }

    private static List<string> QuickReplies(LineCall reply) =>
        [.. reply.Json.GetProperty("messages").EnumerateArray().Last().GetProperty("quickReply").GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("action").GetProperty("label").GetString()!)];
}
