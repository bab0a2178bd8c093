namespace ItaBot.Bot.Documents;

/// <summary>Where a person opens a document sent in a chat: an address on the bot's own web server, or none.</summary>
public interface IDocumentLinks
{
    /// <summary>An unguessable address that expires; none where the bot has no public address to give.</summary>
    Uri? LinkTo(DocumentRequest request);

    /// <summary>How long a link opens its document.</summary>
    TimeSpan Lifetime { get; }
}
