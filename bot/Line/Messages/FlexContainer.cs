using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FlexBubble), "bubble")]
[JsonDerivedType(typeof(FlexCarousel), "carousel")]
public abstract record FlexContainer;

public sealed record FlexBubble : FlexContainer
{
    public string? Size { get; init; }

    public FlexBox? Header { get; init; }

    public FlexBox? Body { get; init; }

    public FlexBox? Footer { get; init; }

    public FlexBubbleStyles? Styles { get; init; }
}

public sealed record FlexCarousel(IReadOnlyList<FlexBubble> Contents) : FlexContainer;

public sealed record FlexBubbleStyles(FlexBlockStyle? Header, FlexBlockStyle? Body, FlexBlockStyle? Footer);

public sealed record FlexBlockStyle(string? BackgroundColor, bool? Separator);
