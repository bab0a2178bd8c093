using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>
/// A webhook event as <c>webhook.yml</c> describes it. An event of a type this code does not know is read as this base
/// type (see <see cref="WebhookEventReader"/>), so a new kind of event from LINE is accepted and ignored.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MessageEvent), "message")]
[JsonDerivedType(typeof(UnsendEvent), "unsend")]
[JsonDerivedType(typeof(FollowEvent), "follow")]
[JsonDerivedType(typeof(UnfollowEvent), "unfollow")]
[JsonDerivedType(typeof(JoinEvent), "join")]
[JsonDerivedType(typeof(LeaveEvent), "leave")]
[JsonDerivedType(typeof(MemberJoinedEvent), "memberJoined")]
[JsonDerivedType(typeof(MemberLeftEvent), "memberLeft")]
[JsonDerivedType(typeof(PostbackEvent), "postback")]
[JsonDerivedType(typeof(VideoPlayCompleteEvent), "videoPlayComplete")]
[JsonDerivedType(typeof(BeaconEvent), "beacon")]
[JsonDerivedType(typeof(AccountLinkEvent), "accountLink")]
[JsonDerivedType(typeof(MembershipEvent), "membership")]
[JsonDerivedType(typeof(ModuleEvent), "module")]
[JsonDerivedType(typeof(ActivatedEvent), "activated")]
[JsonDerivedType(typeof(DeactivatedEvent), "deactivated")]
[JsonDerivedType(typeof(BotSuspendedEvent), "botSuspended")]
[JsonDerivedType(typeof(BotResumedEvent), "botResumed")]
[JsonDerivedType(typeof(PnpDeliveryCompletionEvent), "delivery")]
public record WebhookEvent
{
    public EventSource? Source { get; init; }

    public long Timestamp { get; init; }

    /// <summary><c>active</c>, or <c>standby</c> while another channel has the chat (no reply token then).</summary>
    public string? Mode { get; init; }

    public string? WebhookEventId { get; init; }

    public DeliveryContext? DeliveryContext { get; init; }

    public bool IsStandby => Mode == "standby";
}

public sealed record DeliveryContext(bool IsRedelivery);

/// <summary>An event the bot can answer with a reply token.</summary>
public abstract record ReplyableEvent : WebhookEvent
{
    public string? ReplyToken { get; init; }
}

public sealed record MessageEvent : ReplyableEvent
{
    /// <summary>Null when the event came without one (or with <c>null</c>): then it is a message of no known kind.</summary>
    public MessageContent? Message { get; init; }
}

public sealed record UnsendEvent : WebhookEvent
{
    public UnsendDetail? Unsend { get; init; }
}

public sealed record UnsendDetail(string MessageId);

public sealed record FollowEvent : ReplyableEvent
{
    public FollowDetail? Follow { get; init; }
}

/// <summary><c>isUnblocked</c>: the user unblocked the account rather than adding it for the first time.</summary>
public sealed record FollowDetail(bool IsUnblocked);

public sealed record UnfollowEvent : WebhookEvent;

public sealed record JoinEvent : ReplyableEvent;

public sealed record LeaveEvent : WebhookEvent;

public sealed record MemberJoinedEvent : ReplyableEvent
{
    public MemberList? Joined { get; init; }
}

public sealed record MemberLeftEvent : WebhookEvent
{
    public MemberList? Left { get; init; }
}

public sealed record MemberList(IReadOnlyList<EventSource> Members);

public sealed record PostbackEvent : ReplyableEvent
{
    public PostbackContent? Postback { get; init; }
}

public sealed record PostbackContent(string Data, IReadOnlyDictionary<string, JsonElement>? Params);

public sealed record VideoPlayCompleteEvent : ReplyableEvent
{
    public VideoPlayComplete? VideoPlayComplete { get; init; }
}

public sealed record VideoPlayComplete(string TrackingId);

public sealed record BeaconEvent : ReplyableEvent
{
    public BeaconContent? Beacon { get; init; }
}

public sealed record BeaconContent(string Hwid, string Type, string? Dm);

public sealed record AccountLinkEvent : ReplyableEvent
{
    public LinkContent? Link { get; init; }
}

public sealed record LinkContent(string Result, string Nonce);

public sealed record MembershipEvent : ReplyableEvent
{
    public JsonElement Membership { get; init; }
}

public sealed record ModuleEvent : WebhookEvent
{
    public JsonElement Module { get; init; }
}

public sealed record ActivatedEvent : WebhookEvent
{
    public JsonElement ChatControl { get; init; }
}

public sealed record DeactivatedEvent : WebhookEvent;

public sealed record BotSuspendedEvent : WebhookEvent;

public sealed record BotResumedEvent : WebhookEvent;

public sealed record PnpDeliveryCompletionEvent : WebhookEvent
{
    public JsonElement Delivery { get; init; }
}
