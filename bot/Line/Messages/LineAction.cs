using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

/// <summary>What a button, a quick reply or a rich-menu area does when tapped.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MessageAction), "message")]
[JsonDerivedType(typeof(PostbackAction), "postback")]
[JsonDerivedType(typeof(CameraAction), "camera")]
[JsonDerivedType(typeof(CameraRollAction), "cameraRoll")]
[JsonDerivedType(typeof(LocationAction), "location")]
public abstract record LineAction
{
    public string? Label { get; init; }
}

/// <summary>Sends <paramref name="Text"/> as if the person had typed it.</summary>
public sealed record MessageAction(string Text) : LineAction;

public sealed record PostbackAction(string Data) : LineAction
{
    public string? DisplayText { get; init; }
}

public sealed record CameraAction : LineAction;

public sealed record CameraRollAction : LineAction;

public sealed record LocationAction : LineAction;
