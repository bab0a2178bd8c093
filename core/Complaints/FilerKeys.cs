using System.Security.Cryptography;
using System.Text;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Complaints;

/// <summary>
/// Keyed hashes of LINE user ids: the same user always gives the same key, so a filer can find their complaints, but a
/// key cannot be turned back into a user id, nor made from one, without the secret.
/// </summary>
public sealed class FilerKeys(ItaBotDbContext db, ComplaintOptions options)
{
    private const string SecretName = "filer-key";

    public async Task<string> KeyOfAsync(string userId, CancellationToken cancellationToken)
    {
        var secret = options.FilerKeySecret is { Length: > 0 } configured ? configured : await StoredSecretAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(userId)));
    }

    /// <summary>Made once and kept; saved at once, so every complaint after it is keyed alike.</summary>
    private async Task<string> StoredSecretAsync(CancellationToken cancellationToken)
    {
        var stored = await db.AppSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
        if (stored is not null)
        {
            return stored.Value;
        }

        // Straight to the database, outside the turn's own changes; of two made at once, the first stays.
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "AppSecrets" ("Name", "Value") VALUES ({SecretName}, {secret}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);
        return (await db.AppSecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, cancellationToken)).Value;
    }
}
