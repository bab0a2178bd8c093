using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Prompts;

namespace ItaBot.Bot.Cli;

/// <summary>
/// The terminal's photos: <c>/photo FILE</c> sends a file from the disk, read relative to the folder the command was
/// started in. The type comes from the file's extension, as LINE reports an image's.
/// </summary>
internal sealed class FilePhotoSource : IPhotoSource
{
    public async Task<(byte[] Content, string ContentType)> FetchAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(Path.GetFullPath(messageId));
        var content = new byte[Math.Min(file.Length, PhotoPrompt.MaxBytes + 1L)];
        await file.ReadExactlyAsync(content, cancellationToken);
        return (content, TypeOf(messageId));
    }

    private static string TypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
