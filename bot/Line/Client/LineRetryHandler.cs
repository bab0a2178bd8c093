using System.Text.Json;
using ItaBot.Bot.Line.Messages;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Line.Client;

/// <summary>
/// Tries a request again when LINE answers 429 (but not for the monthly quota) or 5xx, or does not answer in time:
/// exponential backoff with jitter, or as long as <c>Retry-After</c> says when that is short. A longer wait is left to
/// the caller (the outbox keeps the message and tries later), so no request holds a connection for minutes.
/// </summary>
internal sealed partial class LineRetryHandler(IOptions<LineOptions> options, TimeProvider time, ILogger<LineRetryHandler> logger)
    : DelegatingHandler
{
    /// <summary>Set on a request when an earlier try may have reached LINE; a reply needs to know.</summary>
    public static readonly HttpRequestOptionsKey<bool> EarlierAttemptUncertain = new("ItaBot.EarlierAttemptUncertain");

    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(options.Value.RequestTimeout);
            TimeSpan? wait;
            try
            {
                var response = await base.SendAsync(request, attemptTimeout.Token);
                if (!LineApiException.IsTransientStatus(response.StatusCode) || attempt == maxAttempts)
                {
                    return response;
                }

                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var error = await ReadErrorAsync(response, cancellationToken);
                wait = RetryAfter(response) ?? Backoff(attempt);
                if (LineApiException.IsMonthlyLimitError(response.StatusCode, error) || wait > LongestWait)
                {
                    return response;
                }

                if ((int)response.StatusCode >= 500)
                {
                    request.Options.Set(EarlierAttemptUncertain, true);
                }

                LogRetry(logger, OperationOf(request), (int)response.StatusCode, attempt, wait.Value);
                response.Dispose();
            }
            catch (Exception e) when (attempt < maxAttempts && !cancellationToken.IsCancellationRequested
                                      && e is HttpRequestException or OperationCanceledException)
            {
                // No answer: it may or may not have arrived.
                request.Options.Set(EarlierAttemptUncertain, true);
                wait = Backoff(attempt);
                LogNoAnswer(logger, OperationOf(request), attempt, wait.Value, e.GetType().Name);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                request.Options.Set(EarlierAttemptUncertain, true);
                throw new TimeoutException($"LINE did not answer {OperationOf(request)} within {options.Value.RequestTimeout} ({attempt} tries)");
            }

            await Task.Delay(wait.Value, time, cancellationToken);
        }
    }

    internal static async Task<LineErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // Read as a string: a buffered body then reads again from the start, a stream would not.
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, LineJsonContext.Default.LineErrorResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>Retry-After</c> as seconds or as a date; LINE does not document it, but a proxy may send it.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } value ? (value < TimeSpan.Zero ? TimeSpan.Zero : value) : null;
    }

    private static TimeSpan Backoff(int attempt)
    {
        var exponential = FirstDelay * Math.Pow(2, attempt - 1);
        return exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    // The operation's name, not the path (it may hold a user id); no header, so never the token.
    private static string OperationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(LineMessagingClient.Operation, out var operation) ? operation : request.Method.Method;

    [LoggerMessage(Level = LogLevel.Warning, Message = "LINE answered {Operation} with {Status} on try {Attempt}; trying again in {Wait}")]
    private static partial void LogRetry(ILogger logger, string operation, int status, int attempt, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No answer from LINE to {Operation} ({Reason}) on try {Attempt}; trying again in {Wait}")]
    private static partial void LogNoAnswer(ILogger logger, string operation, int attempt, TimeSpan wait, string reason);
}
