using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

/// <summary>A message object of the Messaging API; the bot sends text and Flex messages.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LineTextMessage), "text")]
[JsonDerivedType(typeof(LineFlexMessage), "flex")]
public abstract record LineMessage
{
    /// <summary>Buttons under the message; LINE shows only those of the last message of a request.</summary>
    public QuickReply? QuickReply { get; init; }
}

public sealed record LineTextMessage(string Text) : LineMessage;

public sealed record LineFlexMessage(string AltText, FlexContainer Contents) : LineMessage;

public sealed record QuickReply(IReadOnlyList<QuickReplyItem> Items);

public sealed record QuickReplyItem(LineAction Action)
{
    public string Type => "action";
}
