using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

/// <summary>A message object of the Messaging API; the bot sends text, Flex and image messages.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LineTextMessage), "text")]
[JsonDerivedType(typeof(LineFlexMessage), "flex")]
[JsonDerivedType(typeof(LineImageMessage), "image")]
public abstract record LineMessage
{
    /// <summary>Buttons under the message; LINE shows only those of the last message of a request.</summary>
    public QuickReply? QuickReply { get; init; }
}

public sealed record LineTextMessage(string Text) : LineMessage;

public sealed record LineFlexMessage(string AltText, FlexContainer Contents) : LineMessage;

/// <summary>A picture LINE fetches from the addresses given (HTTPS, JPEG or PNG).</summary>
public sealed record LineImageMessage(string OriginalContentUrl, string PreviewImageUrl) : LineMessage;

public sealed record QuickReply(IReadOnlyList<QuickReplyItem> Items);

public sealed record QuickReplyItem(LineAction Action)
{
    public string Type => "action";
}
