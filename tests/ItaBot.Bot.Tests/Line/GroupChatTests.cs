using ItaBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Line;

/// <summary>In groups and rooms the bot speaks only when @mentioned, and then shows nothing meant for staff.</summary>
public sealed class GroupChatTests : LineBotTest
{
    private const string Group = """{"type":"group","groupId":"C0000000000000000000000000000g01","userId":"U00000000000000000000000000000051"}""";

    [Fact]
    public async Task Talk_in_a_group_that_does_not_mention_the_bot_gets_no_answer()
    {
        var chatter = LineWebhook.Event("message", Group, "group-token-1", extra: "\"message\":" + LineWebhook.TextMessage("สวัสดีทุกคน มาตรการ 4 เป็นยังไงบ้าง"));
        var mentionOfSomeoneElse = LineWebhook.Event("message", Group, "group-token-2",
            extra: "\"message\":{\"id\":\"2\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"@สมศรี ติดต่อเทศบาล\",\"mention\":{\"mentionees\":[{\"index\":0,\"length\":6,\"type\":\"user\",\"userId\":\"U2\"}]}}");
        var mentionOfTheBot = LineWebhook.Event("message", Group, "group-token-3",
            extra: "\"message\":{\"id\":\"3\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"@ItaBot ติดต่อเทศบาล\",\"mention\":{\"mentionees\":[{\"index\":0,\"length\":7,\"type\":\"user\",\"userId\":\"Ubot\",\"isSelf\":true}]}}");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(chatter, mentionOfSomeoneElse, mentionOfTheBot));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Equal("group-token-3", reply.Json.GetProperty("replyToken").GetString());
        Assert.Contains("อำเภอวิเศษชัยชาญ", reply.Body, StringComparison.Ordinal);
        await IdleAsync();
        Assert.Single(Line.Calls(LineFake.ReplyPath));
    }

    [Fact]
    public async Task Staff_asking_for_a_measure_in_a_group_are_not_shown_staff_data_there()
    {
        var ask = MentionOfTheBot("group-token-4", "สถานะมาตรการ 4");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(ask));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("ขอคุยกันแบบส่วนตัว", reply.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("ครุภัณฑ์", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_is_not_started_in_a_group()
    {
        var ask = MentionOfTheBot("group-token-6", "ร้องเรียน");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(ask));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("ขอคุยกันแบบส่วนตัว", reply.Said, StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.DialogStates.ToListAsync()));
    }

    [Fact]
    public async Task A_mention_in_a_group_never_answers_nor_advances_the_persons_private_dialog()
    {
        await SayAsync(LineWebhook.StaffUser, "ร้องเรียน");
        await SayAsync(LineWebhook.StaffUser, "ไฟฟ้าส่องสว่าง");
        var inGroup = MentionOfTheBot("group-token-5", "ไฟดับหน้าบ้านเลขที่ 9 โทร 0812345678");

        await LineWebhook.PostAsync(Client, LineWebhook.Body(inGroup));

        var reply = (await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Any(c => c.Body!.Contains("group-token-5", StringComparison.Ordinal))))
            .Single(c => c.Body!.Contains("group-token-5", StringComparison.Ordinal));
        Assert.DoesNotContain("รูปประกอบ", reply.Said, StringComparison.Ordinal);
        Assert.Contains("เล่าสั้น ๆ ว่าเกิดอะไรขึ้นคะ", (await SayAsync(LineWebhook.StaffUser, "ช่วยเหลือ")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joining_a_group_the_bot_says_once_how_to_address_it()
    {
        await LineWebhook.PostAsync(Client, LineWebhook.Body(LineWebhook.Event("join", Group, "join-token")));

        var reply = Assert.Single(await Line.WaitForAsync(LineFake.ReplyPath, calls => calls.Count > 0));
        Assert.Contains("@กล่าวถึงบอท", reply.Body, StringComparison.Ordinal);
        Line.AssertContractKept();
    }


    /// <summary>"@ItaBot …" in the group, the mention marked as the bot's own.</summary>
    private static string MentionOfTheBot(string replyToken, string text) =>
        LineWebhook.Event("message", Group, replyToken, extra: $$$"""
            "message":{"id":"{{{Guid.NewGuid():N}}}","type":"text","quoteToken":"q","text":"@ItaBot {{{text}}}","mention":{"mentionees":[{"index":0,"length":7,"type":"user","isSelf":true}]}}
            """);
}
