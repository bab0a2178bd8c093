using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ItaBot.Bot.Line.Messages;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReplyMessageRequest))]
[JsonSerializable(typeof(PushMessageRequest))]
[JsonSerializable(typeof(MulticastRequest))]
[JsonSerializable(typeof(ShowLoadingAnimationRequest))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(LineErrorResponse))]
[JsonSerializable(typeof(RichMenuRequest))]
[JsonSerializable(typeof(RichMenuIdResponse))]
[JsonSerializable(typeof(CreateRichMenuAliasRequest))]
[JsonSerializable(typeof(UpdateRichMenuAliasRequest))]
[JsonSerializable(typeof(RichMenuAliasResponse))]
[JsonSerializable(typeof(List<LineMessage>))]
[JsonSerializable(typeof(FlexContainer))]
internal sealed partial class LineJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The default encoder writes Thai as <c>\uXXXX</c>, six bytes for every three; LINE's size limits (30 KB a bubble)
    /// count the bytes, so Thai is written as itself.
    /// </summary>
    // Made on first use: the generated Default is initialised in another part of this class, in no set order.
    public static LineJsonContext Thai => thai ??= new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    private static LineJsonContext? thai;
}
