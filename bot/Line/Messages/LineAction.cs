using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

/// <summary>What a button, a quick reply or a rich-menu area does when tapped.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MessageAction), "message")]
public abstract record LineAction
{
    public string? Label { get; init; }
}

/// <summary>Sends <paramref name="Text"/> as if the person had typed it.</summary>
public sealed record MessageAction(string Text) : LineAction;
