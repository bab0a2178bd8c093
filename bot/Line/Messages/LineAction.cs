using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Messages;

/// <summary>What a button, a quick reply or a rich-menu area does when tapped.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MessageAction), "message")]
[JsonDerivedType(typeof(CameraAction), "camera")]
[JsonDerivedType(typeof(CameraRollAction), "cameraRoll")]
[JsonDerivedType(typeof(LocationAction), "location")]
[JsonDerivedType(typeof(UriAction), "uri")]
public abstract record LineAction
{
    public string? Label { get; init; }
}

/// <summary>Sends <paramref name="Text"/> as if the person had typed it.</summary>
public sealed record MessageAction(string Text) : LineAction;

/// <summary>Opens the camera; the photo taken is sent as an image message. Quick replies only.</summary>
public sealed record CameraAction : LineAction;

/// <summary>Opens the photo library. Quick replies only.</summary>
public sealed record CameraRollAction : LineAction;

/// <summary>Opens the location picker; the place is sent as a location message. Quick replies only.</summary>
public sealed record LocationAction : LineAction;

/// <summary>Opens <paramref name="Uri"/> in LINE's browser.</summary>
public sealed record UriAction(string Uri) : LineAction;
