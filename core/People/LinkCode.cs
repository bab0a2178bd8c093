namespace ItaBot.Core.People;

/// <summary>
/// A one-time code that links a LINE account to a <see cref="Person"/>. Only a hash is kept, so the table alone does not
/// let anyone link; a code works once and until it expires.
/// </summary>
public sealed class LinkCode
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    /// <summary>SHA-256 of the normalised code, hexadecimal.</summary>
    public required string CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
