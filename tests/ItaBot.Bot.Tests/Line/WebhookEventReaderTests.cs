using ItaBot.Bot.Line.Webhook;

namespace ItaBot.Bot.Tests.Line;

/// <summary>Every event type of webhook.yml is read as its record; unknown ones are read, not refused.</summary>
public sealed class WebhookEventReaderTests
{
    private const string Common = "\"timestamp\":1700000000000,\"mode\":\"active\",\"webhookEventId\":\"01H\",\"deliveryContext\":{\"isRedelivery\":false}";
    private const string User = "\"source\":{\"type\":\"user\",\"userId\":\"U1\"}";

    public static TheoryData<string, Type> Events => new()
    {
        { $$$"""{{{{User}}},{{{Common}}},"replyToken":"r","message":{"id":"1","type":"text","text":"hi","quoteToken":"q"},"type":"message"}""", typeof(MessageEvent) },
        { $$$"""{"type":"unsend",{{{User}}},{{{Common}}},"unsend":{"messageId":"1"}}""", typeof(UnsendEvent) },
        { $$$"""{"type":"follow",{{{User}}},{{{Common}}},"replyToken":"r","follow":{"isUnblocked":true}}""", typeof(FollowEvent) },
        { $$$"""{"type":"unfollow",{{{User}}},{{{Common}}}}""", typeof(UnfollowEvent) },
        { $$$"""{"type":"join","source":{"type":"group","groupId":"C1"},{{{Common}}},"replyToken":"r"}""", typeof(JoinEvent) },
        { $$$"""{"type":"leave","source":{"type":"room","roomId":"R1"},{{{Common}}}}""", typeof(LeaveEvent) },
        { $$$"""{"type":"memberJoined","source":{"type":"group","groupId":"C1"},{{{Common}}},"replyToken":"r","joined":{"members":[{"type":"user","userId":"U2"}]}}""", typeof(MemberJoinedEvent) },
        { $$$"""{"type":"memberLeft","source":{"type":"group","groupId":"C1"},{{{Common}}},"left":{"members":[{"type":"user","userId":"U2"}]}}""", typeof(MemberLeftEvent) },
        { $$$"""{"type":"postback",{{{User}}},{{{Common}}},"replyToken":"r","postback":{"data":"a=1","params":{"date":"2025-01-01"} } }""", typeof(PostbackEvent) },
        { $$$"""{"type":"videoPlayComplete",{{{User}}},{{{Common}}},"replyToken":"r","videoPlayComplete":{"trackingId":"t"}}""", typeof(VideoPlayCompleteEvent) },
        { $$$"""{"type":"beacon",{{{User}}},{{{Common}}},"replyToken":"r","beacon":{"hwid":"d41d8cd98f","type":"enter"}}""", typeof(BeaconEvent) },
        { $$$"""{"type":"accountLink",{{{User}}},{{{Common}}},"replyToken":"r","link":{"result":"ok","nonce":"n"}}""", typeof(AccountLinkEvent) },
        { $$$"""{"type":"membership",{{{User}}},{{{Common}}},"replyToken":"r","membership":{"type":"joined","membershipId":3}}""", typeof(MembershipEvent) },
        { $$$"""{"type":"module",{{{User}}},{{{Common}}},"module":{"type":"attached","liffId":"l","scope":"s"}}""", typeof(ModuleEvent) },
        { $$$"""{"type":"activated",{{{User}}},{{{Common}}},"chatControl":{"expireAt":1}}""", typeof(ActivatedEvent) },
        { $$$"""{"type":"deactivated",{{{User}}},{{{Common}}}}""", typeof(DeactivatedEvent) },
        { $$$"""{"type":"botSuspended",{{{Common}}}}""", typeof(BotSuspendedEvent) },
        { $$$"""{"type":"botResumed",{{{Common}}}}""", typeof(BotResumedEvent) },
        { $$$"""{"type":"delivery",{{{User}}},{{{Common}}},"delivery":{"data":"d"}}""", typeof(PnpDeliveryCompletionEvent) },
        { $$$"""{"type":"somethingNew",{{{User}}},{{{Common}}},"whatever":[1,2,3]}""", typeof(WebhookEvent) },
    };

    public static TheoryData<string, Type> Messages => new()
    {
        { """{"id":"1","type":"text","text":"สวัสดี","quoteToken":"q","emojis":[{"index":0,"length":6,"productId":"p","emojiId":"e"}]}""", typeof(TextMessageContent) },
        { """{"id":"1","type":"image","contentProvider":{"type":"line"},"imageSet":{"id":"s","index":1,"total":2}}""", typeof(ImageMessageContent) },
        { """{"id":"1","type":"video","duration":60000,"contentProvider":{"type":"line"}}""", typeof(VideoMessageContent) },
        { """{"id":"1","type":"audio","duration":60000,"contentProvider":{"type":"line"}}""", typeof(AudioMessageContent) },
        { """{"id":"1","type":"file","fileName":"report.pdf","fileSize":2138}""", typeof(FileMessageContent) },
        { """{"id":"1","type":"location","title":"วัดไผ่ดำ","address":"อ่างทอง","latitude":14.59,"longitude":100.34}""", typeof(LocationMessageContent) },
        { """{"id":"1","type":"sticker","packageId":"1","stickerId":"1","stickerResourceType":"STATIC","keywords":["a"]}""", typeof(StickerMessageContent) },
        { """{"id":"1","type":"hologram","depth":3}""", typeof(MessageContent) },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_event_type_is_read_as_its_own_record(string json, Type expected)
    {
        var e = WebhookEventReader.Read(json);

        Assert.IsType(expected, e);
        Assert.Equal(1700000000000, e.Timestamp);
        Assert.Equal("01H", e.WebhookEventId);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_type_is_read_as_its_own_record(string message, Type expected)
    {
        var e = Assert.IsType<MessageEvent>(WebhookEventReader.Read($$$"""{"type":"message",{{{User}}},{{{Common}}},"replyToken":"r","message":{{{message}}}}"""));

        Assert.IsType(expected, e.Message);
        Assert.Equal("1", e.Message.Id);
    }

    [Fact]
    public void A_mention_of_the_bot_is_recognised_among_others_and_unknown_mention_types()
    {
        var e = Assert.IsType<MessageEvent>(WebhookEventReader.Read($$$"""
            {"type":"message","source":{"type":"group","groupId":"C1","userId":"U1"},{{{Common}}},"replyToken":"r",
             "message":{"id":"1","type":"text","quoteToken":"q","text":"@ItaBot @สมศรี ติดต่อเทศบาล",
               "mention":{"mentionees":[{"index":0,"length":7,"type":"user","userId":"Ubot","isSelf":true},
                                        {"index":8,"length":6,"type":"user","userId":"U2"},
                                        {"index":0,"length":1,"type":"everyoneAndTheirDog"}]} } }
            """));

        var text = Assert.IsType<TextMessageContent>(e.Message);
        Assert.True(text.MentionsSelf);
        Assert.Equal("C1", e.Source!.ChatId);
    }

    [Theory]
    [InlineData("""{"type":"message","message":42}""")]
    [InlineData("""{"type":"message","message":{"type":"text","mention":"everyone"}}""")]
    [InlineData("""{"type":"memberJoined","joined":[1]}""")]
    [InlineData("""{"type":"follow","source":"U1"}""")]
    [InlineData("[1,2]")]
    public void An_event_whose_parts_have_the_wrong_shape_is_a_JSON_error_not_a_crash(string json) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => WebhookEventReader.Read(json));

    [Fact]
    public void Standby_events_are_known_as_such()
    {
        var e = WebhookEventReader.Read($$$"""{"type":"message",{{{User}}},"timestamp":1,"mode":"standby","webhookEventId":"x","deliveryContext":{"isRedelivery":true},"message":{"id":"1","type":"text","text":"x","quoteToken":"q"}}""");

        Assert.True(e.IsStandby);
        Assert.True(e.DeliveryContext!.IsRedelivery);
    }
}
