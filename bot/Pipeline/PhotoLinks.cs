using ItaBot.Bot.Line;
using ItaBot.Bot.Web;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Pipeline;

/// <summary>
/// Addresses LINE fetches a stored photo from when it shows one in a chat: under <see cref="WebOptions.PublicBaseUrl"/>,
/// signed with the channel secret, so that a photo opens only by a link the bot made — a complaint's photo id alone,
/// or a guess, opens nothing.
/// </summary>
public sealed class PhotoLinks(IOptions<WebOptions> web, IOptions<LineOptions> line)
{
    public const string Route = "/photos/{id:guid}/{signature}";

    /// <summary>The photo's address; none without an HTTPS public address or a channel secret to sign with.</summary>
    public Uri? Of(Guid id) => line.Value.ChannelSecret.Length > 0 ? web.Value.AddressOf($"/photos/{id:N}/{Sign(id)}") : null;

    public bool Verifies(Guid id, string signature) => LinkSignature.Verifies(line.Value.ChannelSecret, $"photo:{id:N}", signature);

    private string Sign(Guid id) => LinkSignature.Of(line.Value.ChannelSecret, $"photo:{id:N}");
}
