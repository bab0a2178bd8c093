using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Line;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Web;

/// <summary>
/// Document links under <see cref="WebOptions.PublicBaseUrl"/>: the request and its expiry, signed with the channel
/// secret, so a link opens only the document it was made for, only until <see cref="WebOptions.DocumentLinkLifetime"/>
/// has passed, and no other link can be made from it.
/// </summary>
public sealed class DocumentLinks(IOptions<WebOptions> web, IOptions<LineOptions> line, TimeProvider time) : IDocumentLinks
{
    public const string Route = "/documents/{token}/{name}";

    public TimeSpan Lifetime => web.Value.DocumentLinkLifetime;

    public Uri? LinkTo(DocumentRequest request)
    {
        var secret = line.Value.ChannelSecret;
        if (secret.Length == 0)
        {
            return null;
        }

        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Signed(request, time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds())));
        return web.Value.AddressOf($"/documents/{payload}.{LinkSignature.Of(secret, "document:" + payload)}/{request.FileName}");
    }

    /// <summary>The request a token stands for; none when it was not signed here or has expired.</summary>
    public DocumentRequest? Read(string token)
    {
        if (token.Split('.') is not [var payload, var signature] || !LinkSignature.Verifies(line.Value.ChannelSecret, "document:" + payload, signature))
        {
            return null;
        }

        var signed = JsonSerializer.Deserialize<Signed>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)));
        return signed is not null && DateTimeOffset.FromUnixTimeSeconds(signed.Expires) > time.GetUtcNow() ? signed.Request : null;
    }

    private sealed record Signed(DocumentRequest Request, long Expires);
}
