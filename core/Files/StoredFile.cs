namespace ItaBot.Core.Files;

/// <summary>
/// A file someone sent — a photo of an inspection record, of a broken street light. LINE keeps message content only
/// for a limited time, so what is evidence is copied here when it arrives.
/// </summary>
public sealed class StoredFile
{
    /// <summary>Made when the file arrives, so a dialog can refer to it before anything else is saved.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>SHA-256 of the content, hexadecimal: the same photo sent twice is recognisable.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
