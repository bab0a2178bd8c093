using System.Net;
using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.Client;

/// <summary>LINE refused a request, or kept failing it; carries LINE's own error message.</summary>
public sealed class LineApiException(HttpStatusCode status, LineErrorResponse? error, TimeSpan? retryAfter, bool earlierAttemptUncertain)
    : Exception($"LINE answered {(int)status} {status}: {error?.Message}")
{
    private const string MonthlyLimit = "monthly limit";

    public HttpStatusCode Status { get; } = status;

    public LineErrorResponse? Error { get; } = error;

    /// <summary>How long LINE asked to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>An earlier try of the same request may have reached LINE (a 5xx or no answer).</summary>
    public bool EarlierAttemptUncertain { get; } = earlierAttemptUncertain;

    /// <summary>The monthly message quota is spent: trying again this month sends nothing.</summary>
    public bool IsMonthlyLimit => IsMonthlyLimitError(Status, Error);

    /// <summary>Worth trying again later: a rate limit or a server error, but not the monthly quota.</summary>
    public bool IsTransient => IsTransientStatus(Status) && !IsMonthlyLimit;

    /// <summary>The reply token was used already or has expired; nothing was sent.</summary>
    public bool IsInvalidReplyToken =>
        Status == HttpStatusCode.BadRequest && Error?.Message?.Contains("reply token", StringComparison.OrdinalIgnoreCase) == true;

    internal static bool IsTransientStatus(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    internal static bool IsMonthlyLimitError(HttpStatusCode status, LineErrorResponse? error) =>
        status == HttpStatusCode.TooManyRequests && error?.Message?.Contains(MonthlyLimit, StringComparison.OrdinalIgnoreCase) == true;
}
