using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Line.Client;

/// <summary>Adds the channel access token to each request; the only place that reads it.</summary>
internal sealed class LineAuthHandler(IOptions<LineOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ChannelAccessToken);
        return base.SendAsync(request, cancellationToken);
    }
}
