using System.Text.Json;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Bot.Pipeline.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline;

/// <summary>
/// <c>POST /line/webhook</c>: checks the signature over the raw bytes, stores every event in the inbox, and only then
/// answers 200. The events are handled in the background, so LINE gets its answer in milliseconds.
/// </summary>
public static partial class WebhookEndpoint
{
    public const string Route = "/line/webhook";

    /// <summary>LINE's own bodies are a few kilobytes; anything this big is not from LINE.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, ReceiveAsync).DisableAntiforgery();
        return endpoints;
    }

    public static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest<string>, StatusCodeHttpResult, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, IOptions<LineOptions> options, InboxWriter inbox, TimeProvider time, ILogger<InboxWriter> logger,
        CancellationToken cancellationToken)
    {
        var secret = options.Value.ChannelSecret;
        if (secret.Length == 0)
        {
            return TypedResults.Problem(
                "ยังไม่ได้ตั้งค่า Line:ChannelSecret / the LINE channel is not configured (Line:ChannelSecret)",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request.Body, request.ContentLength, cancellationToken);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!LineSignature.IsValid(secret, body.Value.Span, request.Headers[LineSignature.Header]))
        {
            LogForged(logger, request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return TypedResults.Unauthorized();
        }

        IReadOnlyList<ReceivedEvent> events;
        try
        {
            events = WebhookBody.ReadEvents(body.Value, time.GetUtcNow());
        }
        catch (JsonException e)
        {
            return TypedResults.BadRequest($"invalid webhook body: {e.Message}");
        }

        // An empty list is LINE's check of the URL: nothing to store, and 200 says the endpoint works.
        if (events.Count > 0)
        {
            await inbox.AcceptAsync(events, cancellationToken);
        }

        return TypedResults.Ok();
    }

    /// <summary>The whole body, or null when it is longer than <see cref="MaxBodyBytes"/> (a chunked body has no length).</summary>
    internal static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, long? length, CancellationToken cancellationToken)
    {
        if (length is { } known and <= MaxBodyBytes)
        {
            var exact = new byte[known];
            var read = await body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
            return exact.AsMemory(0, read);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int got;
        while ((got = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + got > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, got);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with a missing or wrong signature from {Remote}")]
    private static partial void LogForged(ILogger logger, string remote);
}
