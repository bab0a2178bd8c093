using System.Text.Json;

namespace ItaBot.Core.Plans;

/// <summary>Reads and validates a plan file; anything wrong comes back as a <see cref="PlanFormatException"/>.</summary>
public static class PlanDocumentReader
{
    /// <summary>Far above any real plan (the demo's ten measures are 30 KB); a larger file is a mistake.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static PlanDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBytes)
        {
            throw TooLarge();
        }

        PlanDocument? document;
        try
        {
            // Every field of the wrong kind at once; a file that is not JSON at all stops at its first mistake.
            var shape = PlanShape.Check(utf8Json);
            if (shape.Count > 0)
            {
                throw new PlanFormatException(shape);
            }

            document = JsonSerializer.Deserialize(utf8Json, PlanJsonContext.Default.PlanDocument);
        }
        catch (JsonException e)
        {
            // The reader counts lines and columns from 0; people count from 1.
            throw new PlanFormatException(
                [new PlanError(e.Path ?? "$", "รูปแบบ JSON ไม่ถูกต้อง: " + FirstSentence(e.Message), e.LineNumber + 1, e.BytePositionInLine + 1)]);
        }

        if (document is null)
        {
            throw new PlanFormatException([new PlanError("$", "ไฟล์ว่าง ต้องเป็นออบเจกต์ JSON ของแผน")]);
        }

        var errors = PlanValidator.Validate(document);
        return errors.Count == 0 ? document : throw new PlanFormatException(errors);
    }

    public static async Task<PlanDocument> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new PlanFormatException([new PlanError(path, "ไม่พบไฟล์")]);
        }

        if (info.Length > MaxBytes)
        {
            throw TooLarge();
        }

        return Read(await File.ReadAllBytesAsync(path, cancellationToken));
    }

    private static PlanFormatException TooLarge() =>
        new([new PlanError("$", $"ไฟล์ใหญ่เกิน {MaxBytes / 1024 / 1024} MB")]);

    // System.Text.Json appends its own "Path: … | LineNumber: …" to messages; the PlanError already says where.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
