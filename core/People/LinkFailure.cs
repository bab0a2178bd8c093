namespace ItaBot.Core.People;

/// <summary>A wrong, expired or used code sent by a LINE user; kept so that guessing is throttled across restarts.</summary>
public sealed class LinkFailure
{
    public long Id { get; set; }

    public required string LineUserId { get; set; }

    public DateTimeOffset At { get; set; }
}
