using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FlexBox), "box")]
[JsonDerivedType(typeof(FlexText), "text")]
public abstract record FlexComponent
{
    public int? Flex { get; init; }
}

public sealed record FlexBox(string Layout, IReadOnlyList<FlexComponent> Contents) : FlexComponent
{
    public string? Spacing { get; init; }

    public string? BackgroundColor { get; init; }

    public string? CornerRadius { get; init; }

    public string? Width { get; init; }

    public string? Height { get; init; }

    public string? PaddingAll { get; init; }

    public LineAction? Action { get; init; }

    public static FlexBox Vertical(params IReadOnlyList<FlexComponent> contents) => new("vertical", contents);

    public static FlexBox Horizontal(params IReadOnlyList<FlexComponent> contents) => new("horizontal", contents);
}

public sealed record FlexText(string Text) : FlexComponent
{
    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? Wrap { get; init; }

    public string? Align { get; init; }

    public int? MaxLines { get; init; }

    /// <summary><c>underline</c> for a line that opens an address.</summary>
    public string? Decoration { get; init; }
}
