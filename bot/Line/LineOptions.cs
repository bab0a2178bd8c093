using System.ComponentModel.DataAnnotations;

namespace ItaBot.Bot.Line;

/// <summary>Configuration section <c>Line</c>: the channel's credentials, where LINE's APIs are, and how fast to send.</summary>
public sealed class LineOptions : IValidatableObject
{
    public const string Section = "Line";

    /// <summary>Signs every webhook request; without it the webhook refuses all requests.</summary>
    public string ChannelSecret { get; set; } = "";

    /// <summary>The long-lived channel access token. Never logged.</summary>
    public string ChannelAccessToken { get; set; } = "";

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    [Required, Url]
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";

    /// <summary>Requests per second to the Messaging API, all kinds together; LINE allows 2,000 (multicast 200).</summary>
    [Range(1, 2000)]
    public int MaxRequestsPerSecond { get; set; } = 150;

    /// <summary>Tries of one request when LINE answers 429 or 5xx or does not answer in time.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after an event its reply token is still tried; older answers go out as pushes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan ReplyTokenLifetime { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>
    /// Workers that handle events, and workers that send the outbox, each taking whole chats. SQLite takes one write at
    /// a time, so more workers than a couple only queue up for it; against LINE's own latency two senders still manage
    /// tens of messages a second.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentChats { get; set; } = 2;

    public bool IsConfigured => ChannelSecret.Length > 0 && ChannelAccessToken.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((ChannelSecret.Length > 0) != (ChannelAccessToken.Length > 0))
        {
            yield return new ValidationResult(
                "ต้องตั้งค่า Line:ChannelSecret และ Line:ChannelAccessToken คู่กัน / set both Line:ChannelSecret and Line:ChannelAccessToken, or neither",
                [nameof(ChannelSecret), nameof(ChannelAccessToken)]);
        }
    }
}
