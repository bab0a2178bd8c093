using System.Security.Cryptography;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Files;
using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>
/// A question answered with a photo. The photo is fetched from the channel and kept in the database with the turn
/// (LINE deletes message content after a while), so a later step can refer to it by id. A channel that cannot carry
/// photos registers no <see cref="IPhotoSource"/>; the terminal reads them from files.
/// </summary>
public sealed class PhotoPrompt(ItaBotDbContext db, IEnumerable<IPhotoSource> sources, TimeProvider time)
{
    /// <summary>LINE's own limit for an image message is 10 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public async Task<PromptResult<Guid>> ReadAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input is not PhotoInput photo || sources.FirstOrDefault() is not { } photos)
        {
            return PromptResult.Invalid<Guid>("ขั้นตอนนี้ต้องการรูปถ่ายค่ะ ส่งรูป หรือพิมพ์ \"ข้าม\"");
        }

        var (content, contentType) = await photos.FetchAsync(photo.MessageId, cancellationToken);
        if (content.Length > MaxBytes || !contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return PromptResult.Invalid<Guid>("รับรูปนี้ไม่ได้ค่ะ กรุณาส่งรูปถ่ายขนาดไม่เกิน 10 MB หรือพิมพ์ \"ข้าม\"");
        }

        var file = new StoredFile
        {
            ContentType = contentType,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            StoredAt = time.GetUtcNow(),
        };
        db.StoredFiles.Add(file);
        return PromptResult.Ok<Guid>(file.Id);
    }
}
