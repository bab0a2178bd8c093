using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>What a message event carries; a message type this code does not know is read as this base type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextMessageContent), "text")]
[JsonDerivedType(typeof(ImageMessageContent), "image")]
[JsonDerivedType(typeof(VideoMessageContent), "video")]
[JsonDerivedType(typeof(AudioMessageContent), "audio")]
[JsonDerivedType(typeof(FileMessageContent), "file")]
[JsonDerivedType(typeof(LocationMessageContent), "location")]
[JsonDerivedType(typeof(StickerMessageContent), "sticker")]
public record MessageContent
{
    public string Id { get; init; } = "";
}

public sealed record TextMessageContent : MessageContent
{
    public string Text { get; init; } = "";

    public Mention? Mention { get; init; }

    public string? QuoteToken { get; init; }

    public string? QuotedMessageId { get; init; }

    /// <summary>True when the text @mentions this bot.</summary>
    public bool MentionsSelf => Mention?.Mentionees.OfType<UserMentionee>().Any(m => m.IsSelf) == true;
}

public sealed record Mention(IReadOnlyList<Mentionee> Mentionees);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(UserMentionee), "user")]
[JsonDerivedType(typeof(AllMentionee), "all")]
public record Mentionee
{
    /// <summary>Where the mention starts in the text, in UTF-16 code units.</summary>
    public int Index { get; init; }

    public int Length { get; init; }
}

public sealed record UserMentionee : Mentionee
{
    public string? UserId { get; init; }

    public bool IsSelf { get; init; }
}

public sealed record AllMentionee : Mentionee;

public sealed record ContentProvider(string Type, string? OriginalContentUrl, string? PreviewImageUrl);

public sealed record ImageSet(string Id, int? Index, int? Total);

public sealed record ImageMessageContent : MessageContent
{
    public ContentProvider? ContentProvider { get; init; }

    public ImageSet? ImageSet { get; init; }
}

public sealed record VideoMessageContent : MessageContent
{
    public long? Duration { get; init; }

    public ContentProvider? ContentProvider { get; init; }
}

public sealed record AudioMessageContent : MessageContent
{
    public long? Duration { get; init; }

    public ContentProvider? ContentProvider { get; init; }
}

public sealed record FileMessageContent : MessageContent
{
    public string FileName { get; init; } = "";

    public long FileSize { get; init; }
}

public sealed record LocationMessageContent : MessageContent
{
    public string? Title { get; init; }

    public string? Address { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }
}

public sealed record StickerMessageContent : MessageContent
{
    public string PackageId { get; init; } = "";

    public string StickerId { get; init; } = "";

    public string? StickerResourceType { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }

    public string? Text { get; init; }
}
