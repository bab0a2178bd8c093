using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.Client;

/// <summary>
/// The Messaging API, one method per operation of <c>messaging-api.yml</c> that the bot uses. Failures throw
/// <see cref="LineApiException"/> with LINE's error body; retries happen in <see cref="LineRetryHandler"/>.
/// </summary>
public sealed partial class LineMessagingClient(IHttpClientFactory httpClients, ILogger<LineMessagingClient> logger)
{
    public const string ApiClient = "line-api";
    public const string DataApiClient = "line-data";
    public const int MaxMulticastRecipients = 500;

    /// <summary>The operation's name from <c>messaging-api.yml</c>; logged instead of the path, which may hold a user id.</summary>
    internal static readonly HttpRequestOptionsKey<string> Operation = new("ItaBot.LineOperation");

    private const string RetryKeyHeader = "X-Line-Retry-Key";

    /// <summary>Answers an event. No retry key: LINE refuses one on replies, and a token works only once anyway.</summary>
    public Task ReplyAsync(ReplyMessageRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync(ApiClient, "replyMessage", "v2/bot/message/reply", request, LineJsonContext.Thai.ReplyMessageRequest, null, cancellationToken);

    /// <summary>Sends to one user, group or room; the same <paramref name="retryKey"/> is never delivered twice.</summary>
    public Task PushAsync(PushMessageRequest request, Guid retryKey, CancellationToken cancellationToken) =>
        SendJsonAsync(ApiClient, "pushMessage", "v2/bot/message/push", request, LineJsonContext.Thai.PushMessageRequest, retryKey, cancellationToken);

    /// <summary>Sends to up to 500 users at once; split larger lists, each part with its own retry key.</summary>
    public Task MulticastAsync(MulticastRequest request, Guid retryKey, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.To.Count, MaxMulticastRecipients, nameof(request));
        return SendJsonAsync(ApiClient, "multicast", "v2/bot/message/multicast", request, LineJsonContext.Thai.MulticastRequest, retryKey, cancellationToken);
    }

    public async Task<UserProfile> GetProfileAsync(string userId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ApiClient, "getProfile", new HttpRequestMessage(HttpMethod.Get, $"v2/bot/profile/{Uri.EscapeDataString(userId)}"), cancellationToken);
        return await response.Content.ReadFromJsonAsync(LineJsonContext.Default.UserProfile, cancellationToken)
            ?? throw new LineApiException(response.StatusCode, null, null, false);
    }

    /// <summary>Streams what a user sent in a message (image, video, audio, file) from the data API.</summary>
    public async Task<LineContent> GetMessageContentAsync(string messageId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"v2/bot/message/{Uri.EscapeDataString(messageId)}/content");
        var response = await SendAsync(DataApiClient, "getMessageContent", request, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        return new LineContent(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The "typing" dots in a one-to-one chat while the bot works, for 5 to 60 seconds in steps of 5.</summary>
    public Task ShowLoadingAnimationAsync(string userId, int seconds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 5);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, 60);
        var request = new ShowLoadingAnimationRequest(userId, seconds / 5 * 5);
        return SendJsonAsync(ApiClient, "showLoadingAnimation", "v2/bot/chat/loading/start", request, LineJsonContext.Default.ShowLoadingAnimationRequest, null, cancellationToken);
    }

    public async Task<string> CreateRichMenuAsync(RichMenuRequest richMenu, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v2/bot/richmenu")
        {
            Content = JsonContent.Create(richMenu, LineJsonContext.Thai.RichMenuRequest),
        };
        using var response = await SendAsync(ApiClient, "createRichMenu", request, cancellationToken);
        var created = await response.Content.ReadFromJsonAsync(LineJsonContext.Default.RichMenuIdResponse, cancellationToken);
        return created?.RichMenuId ?? throw new LineApiException(response.StatusCode, null, null, false);
    }

    /// <summary>Uploads the menu's picture (PNG or JPEG, at most 1 MB) to the data API.</summary>
    public async Task UploadRichMenuImageAsync(string richMenuId, byte[] image, string contentType, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(image);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, $"v2/bot/richmenu/{Uri.EscapeDataString(richMenuId)}/content") { Content = content };
        using var _ = await SendAsync(DataApiClient, "setRichMenuImage", request, cancellationToken);
    }

    /// <summary>Shows the menu to every user who has no menu of their own.</summary>
    public async Task SetDefaultRichMenuAsync(string richMenuId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"v2/bot/user/all/richmenu/{Uri.EscapeDataString(richMenuId)}");
        using var _ = await SendAsync(ApiClient, "setDefaultRichMenu", request, cancellationToken);
    }

    /// <summary>Points <paramref name="alias"/> at the menu, whether or not the alias exists yet.</summary>
    public async Task SetRichMenuAliasAsync(string alias, string richMenuId, CancellationToken cancellationToken)
    {
        try
        {
            await SendJsonAsync(ApiClient, "createRichMenuAlias", "v2/bot/richmenu/alias",
                new CreateRichMenuAliasRequest(alias, richMenuId), LineJsonContext.Default.CreateRichMenuAliasRequest, null, cancellationToken);
        }
        catch (LineApiException e) when (e.Status == HttpStatusCode.BadRequest)
        {
            // The alias is there already (from an earlier run): it moves to the new menu.
            await SendJsonAsync(ApiClient, "updateRichMenuAlias", $"v2/bot/richmenu/alias/{Uri.EscapeDataString(alias)}",
                new UpdateRichMenuAliasRequest(richMenuId), LineJsonContext.Default.UpdateRichMenuAliasRequest, null, cancellationToken);
        }
    }

    /// <summary>The menu <paramref name="alias"/> points at; null when no such alias was set up.</summary>
    public async Task<string?> RichMenuOfAliasAsync(string alias, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(ApiClient, "getRichMenuAlias", new HttpRequestMessage(HttpMethod.Get, $"v2/bot/richmenu/alias/{Uri.EscapeDataString(alias)}"), cancellationToken);
            return (await response.Content.ReadFromJsonAsync(LineJsonContext.Default.RichMenuAliasResponse, cancellationToken))?.RichMenuId;
        }
        catch (LineApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Shows the user this menu instead of the default one.</summary>
    public async Task LinkRichMenuAsync(string userId, string richMenuId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"v2/bot/user/{Uri.EscapeDataString(userId)}/richmenu/{Uri.EscapeDataString(richMenuId)}");
        using var _ = await SendAsync(ApiClient, "linkRichMenuIdToUser", request, cancellationToken);
    }

    /// <summary>The user sees the default menu again.</summary>
    public async Task UnlinkRichMenuAsync(string userId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"v2/bot/user/{Uri.EscapeDataString(userId)}/richmenu");
        using var _ = await SendAsync(ApiClient, "unlinkRichMenuIdFromUser", request, cancellationToken);
    }

    private async Task SendJsonAsync<T>(
        string client, string operation, string path, T body, JsonTypeInfo<T> type, Guid? retryKey, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, type) };
        if (retryKey is { } key)
        {
            request.Headers.Add(RetryKeyHeader, key.ToString("D", CultureInfo.InvariantCulture));
        }

        using var _ = await SendAsync(client, operation, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(
        string client, string operation, HttpRequestMessage request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using (request)
        {
            request.Options.Set(Operation, operation);
            var response = await httpClients.CreateClient(client).SendAsync(request, completion, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            // 409 answers a retry key LINE has seen: the message was accepted the first time.
            if (response.StatusCode == HttpStatusCode.Conflict && request.Headers.Contains(RetryKeyHeader))
            {
                LogAlreadyAccepted(logger, operation);
                return response;
            }

            using (response)
            {
                var error = await LineRetryHandler.ReadErrorAsync(response, cancellationToken);
                var uncertain = request.Options.TryGetValue(LineRetryHandler.EarlierAttemptUncertain, out var value) && value;
                var failure = new LineApiException(response.StatusCode, error, LineRetryHandler.RetryAfter(response), uncertain);
                var details = string.Join("; ", error?.Details?.Select(d => $"{d.Property}: {d.Message}") ?? []);
                LogRefused(logger, operation, (int)response.StatusCode, error?.Message, details);
                throw failure;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LINE had already accepted this {Operation} (409 for its retry key)")]
    private static partial void LogAlreadyAccepted(ILogger logger, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LINE refused {Operation}: {Status} {Message} {Details}")]
    private static partial void LogRefused(ILogger logger, string operation, int status, string? message, string details);
}
