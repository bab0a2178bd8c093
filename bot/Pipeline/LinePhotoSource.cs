using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;
using ItaBot.Bot.Line.Client;

namespace ItaBot.Bot.Pipeline;

/// <summary>Photos sent in LINE, downloaded from the data API, at most <see cref="PhotoPrompt.MaxBytes"/> read.</summary>
public sealed class LinePhotoSource(LineMessagingClient line) : IPhotoSource
{
    public async Task<(byte[] Content, string ContentType)> FetchAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var content = await line.GetMessageContentAsync(messageId, cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.Stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PhotoPrompt.MaxBytes)
            {
                break;
            }
        }

        return (buffer.ToArray(), content.ContentType);
    }
}
