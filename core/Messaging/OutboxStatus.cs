namespace ItaBot.Core.Messaging;

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>The platform refused it for good (a 4xx other than a rate limit); kept with the platform's answer.</summary>
    Failed,
}
