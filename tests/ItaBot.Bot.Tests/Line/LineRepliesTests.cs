using System.Globalization;
using System.Text;
using System.Text.Json;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Line.Messages;
using ItaBot.Bot.Line.Rendering;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Replies drawn as LINE messages stay within LINE's limits and keep the API's contract.</summary>
public sealed class LineRepliesTests
{
    [Fact]
    public void Choices_become_at_most_13_quick_replies_on_the_last_message_with_labels_of_20_characters()
    {
        var choices = Enumerable.Range(1, 20).Select(i => new Choice($"ตรวจสอบพัสดุ ครุภัณฑ์ประจำปีงบประมาณ ครั้งที่ {i}", $"อัปเดตมาตรการ {i}")).ToList();
        var reply = new Reply([new TextMessage("หนึ่ง"), new TextMessage("สอง")], choices);

        var messages = LineReplies.Render(reply);

        Assert.Null(messages[0].QuickReply);
        var items = messages[^1].QuickReply!.Items;
        Assert.Equal(13, items.Count);
        Assert.All(items, i => Assert.True(new StringInfo(i.Action.Label!).LengthInTextElements <= 20, i.Action.Label));
        Assert.EndsWith("…", items[0].Action.Label, StringComparison.Ordinal);
        Assert.Equal("อัปเดตมาตรการ 1", ((MessageAction)items[0].Action).Text);
        AssertKeepsContract(messages);
    }

    [Fact]
    public void Thai_vowel_and_tone_marks_do_not_count_against_a_label()
    {
        // 24 UTF-16 units, but 18 characters as a reader counts them: it fits.
        const string label = "คู่มือการยืมทรัพย์สิน";
        Assert.True(label.Length > 20);

        var messages = LineReplies.Render(Reply.Text("เลือกค่ะ", Choice.Of(label)));

        Assert.Equal(label, messages[^1].QuickReply!.Items[0].Action.Label);
    }

    [Fact]
    public void A_text_longer_than_5000_is_split_at_line_breaks_without_losing_any_of_it()
    {
        var lines = Enumerable.Range(1, 600).Select(i => string.Create(CultureInfo.InvariantCulture, $"บรรทัดที่ {i} ของรายงานความคืบหน้า"));
        var text = string.Join("\n", lines);
        Assert.True(text.Length > 10_000);

        var messages = LineReplies.Render(Reply.Text(text)).Cast<LineTextMessage>().ToList();

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Text.Length <= 5000));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(messages.Select(m => m.Text.Replace("\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_cut_never_splits_an_emoji_or_a_Thai_character_from_its_marks()
    {
        var text = string.Concat(Enumerable.Repeat("👍🏽ที่", 2000));

        var messages = LineReplies.Render(Reply.Text(text)).Cast<LineTextMessage>().ToList();

        Assert.All(messages, m =>
        {
            Assert.True(m.Text.Length <= 5000);
            Assert.False(char.IsHighSurrogate(m.Text[^1]));
            Assert.False(CharUnicodeInfo.GetUnicodeCategory(messages[0].Text, 0) == UnicodeCategory.NonSpacingMark);
        });
        Assert.Equal(text, string.Concat(messages.Select(m => m.Text)));
    }

    [Fact]
    public void A_list_of_25_short_items_fills_three_bubbles_and_hides_none()
    {
        var rows = Enumerable.Range(1, 25).Select(i => new LinkRow($"{i}. ข้อ", null, $"มาตรการ {i}")).ToList<CardRow>();
        var card = new Card(new CardHeader("มาตรการทั้งหมด", null, null), rows, null) { AltText = "มาตรการทั้งหมด" };

        var flex = Assert.IsType<LineFlexMessage>(Assert.Single(LineReplies.Render(new Reply([new CardMessage(card)], []))));

        var carousel = Assert.IsType<FlexCarousel>(flex.Contents);
        Assert.Equal(3, carousel.Contents.Count);
        Assert.DoesNotContain("และอีก", JsonSerializer.Serialize<FlexContainer>(carousel, LineJsonContext.Thai.Options), StringComparison.Ordinal);
        AssertKeepsContract([flex]);
    }

    [Fact]
    public void No_more_than_five_messages_go_in_one_reply()
    {
        var reply = new Reply([.. Enumerable.Range(1, 8).Select(i => new TextMessage($"ข้อความ {i}"))], [Choice.Of("ช่วยเหลือ")]);

        var messages = LineReplies.Render(reply);

        Assert.Equal(5, messages.Count);
        Assert.NotNull(messages[^1].QuickReply);
        AssertKeepsContract(messages);
    }

    [Fact]
    public void A_card_is_a_Flex_bubble_with_an_alt_text_of_at_most_1500()
    {
        var card = new Card(
            new CardHeader("มาตรการที่ 4", "เทศบาลตำบลไผ่ดำพัฒนา · ปีงบประมาณ 2568", new Badge("ระหว่างดำเนินการ", Tone.Warning)),
            [new TextRow("มาตรการยกระดับกระบวนการกำกับดูแลการใช้ทรัพย์สินของทางราชการ"), new FieldRow("ผู้รับผิดชอบ", "กองคลัง"),
             new ProgressRow("ตรวจสอบพัสดุ ครุภัณฑ์", 2, 4, "ครั้ง"), new ProgressRow("ยังไม่เริ่ม", 0, 3, "ครั้ง"), new ProgressRow("นับอย่างเดียว", 7, null, "เรื่อง")],
            "อัปเดตล่าสุด 12 เม.ย. 68 โดย สมศรี")
        {
            AltText = new string('ก', 3000),
        };

        var flex = Assert.IsType<LineFlexMessage>(Assert.Single(LineReplies.Render(new Reply([new CardMessage(card)], []))));

        Assert.IsType<FlexBubble>(flex.Contents);
        Assert.True(flex.AltText.Length <= 1500);
        var json = JsonSerializer.Serialize<FlexContainer>(flex.Contents, LineJsonContext.Thai.Options);
        Assert.Contains("\"width\":\"50%\"", json, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 30 * 1024);
        AssertKeepsContract([flex]);
    }

    [Fact]
    public void A_long_list_becomes_a_carousel_of_at_most_12_bubbles_that_says_how_many_more_there_are()
    {
        var rows = Enumerable.Range(1, 130)
            .Select(i => new LinkRow(string.Create(CultureInfo.InvariantCulture, $"{i}. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"), new Badge("ดำเนินการแล้ว", Tone.Good), $"มาตรการ {i}"))
            .ToList<CardRow>();
        var card = new Card(new CardHeader("มาตรการทั้งหมด", null, null), rows, "ยังไม่ดำเนินการ 0") { AltText = "มาตรการทั้งหมด 130 มาตรการ" };

        var flex = Assert.IsType<LineFlexMessage>(Assert.Single(LineReplies.Render(new Reply([new CardMessage(card)], []))));

        var carousel = Assert.IsType<FlexCarousel>(flex.Contents);
        var bubbles = carousel.Contents.Count;
        Assert.InRange(bubbles, 2, 12);
        var json = JsonSerializer.Serialize<FlexContainer>(carousel, LineJsonContext.Thai.Options);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"และอีก {130 - (bubbles * FlexCards.ItemsPerBubble)} รายการ"), json, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"มาตรการทั้งหมด ({bubbles}/{bubbles})"), json, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 50 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        AssertKeepsContract([flex]);
    }

    private static void AssertKeepsContract(IReadOnlyList<LineMessage> messages)
    {
        var body = JsonSerializer.Serialize(new PushMessageRequest("U0", messages), LineJsonContext.Thai.PushMessageRequest);
        var errors = MessagingApiContract.Instance.Check(
            "POST", "/v2/bot/message/push", new Dictionary<string, string> { ["Authorization"] = "Bearer t" }, "application/json", body);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
