using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FlexBubble), "bubble")]
[JsonDerivedType(typeof(FlexCarousel), "carousel")]
public abstract record FlexContainer;

public sealed record FlexBubble : FlexContainer
{
    public string? Size { get; init; }

    // Boxes, declared as components: System.Text.Json writes the "type" discriminator only through the base type.
    public FlexComponent? Header { get; init; }

    public FlexComponent? Body { get; init; }

    public FlexComponent? Footer { get; init; }

    public FlexBubbleStyles? Styles { get; init; }
}

/// <summary>Bubbles side by side; declared as containers so that each is written with its "type".</summary>
public sealed record FlexCarousel(IReadOnlyList<FlexContainer> Contents) : FlexContainer;

public sealed record FlexBubbleStyles(FlexBlockStyle? Header, FlexBlockStyle? Body, FlexBlockStyle? Footer);

public sealed record FlexBlockStyle(string? BackgroundColor, bool? Separator);
