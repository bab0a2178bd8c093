namespace ItaBot.Bot.Web;

/// <summary>The bot as the internet sees it.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The HTTPS address LINE reaches the bot at (<c>https://itabot.example.go.th</c>); links in messages — the photos a
    /// complaint's handlers are sent — are built on it. Empty: no links are sent, only what they would show is named.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How long a document link sent in a chat opens the document.</summary>
    public TimeSpan DocumentLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The address of <paramref name="path"/> under <see cref="PublicBaseUrl"/>; none unless that is HTTPS, as LINE requires.</summary>
    public Uri? AddressOf(string path) =>
        Uri.TryCreate(PublicBaseUrl.TrimEnd('/') + path, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttps
            ? address
            : null;
}
