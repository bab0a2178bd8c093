namespace ItaBot.Bot.Dialogs;

/// <summary>Fetches the photo a person sent, from the channel it came through.</summary>
public interface IPhotoSource
{
    Task<(byte[] Content, string ContentType)> FetchAsync(string messageId, CancellationToken cancellationToken);
}
