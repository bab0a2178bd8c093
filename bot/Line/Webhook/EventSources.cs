using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>Where an event came from: a one-to-one chat with a user, a group, or a multi-person room.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(UserSource), "user")]
[JsonDerivedType(typeof(GroupSource), "group")]
[JsonDerivedType(typeof(RoomSource), "room")]
public record EventSource
{
    /// <summary>The sender; in groups and rooms present only on message events of users who allow it.</summary>
    public string? UserId { get; init; }

    /// <summary>Where an answer goes: the user, the group or the room.</summary>
    public virtual string? ChatId => UserId;
}

public sealed record UserSource : EventSource;

public sealed record GroupSource : EventSource
{
    public string GroupId { get; init; } = "";

    public override string? ChatId => GroupId;
}

public sealed record RoomSource : EventSource
{
    public string RoomId { get; init; } = "";

    public override string? ChatId => RoomId;
}
