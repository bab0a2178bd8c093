using System.Security.Cryptography;
using System.Text;
using ItaBot.Core.Persistence;
using ItaBot.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.People;

/// <summary>
/// The people the organisation has named and the LINE accounts they have linked: invitations with one-time codes,
/// linking, changes, revocation, and who a LINE user is. Every change takes effect with the next message.
/// </summary>
public sealed class PeopleDirectory(ItaBotDbContext db, TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromDays(7);

    /// <summary>This many failures within <see cref="FailureWindow"/> stop a user's codes being checked for the rest of it.</summary>
    public const int MaxFailures = 5;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    // No 0/O, 1/I/L: a code is read off a screen or paper and typed on a phone.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 10;

    /// <summary>Who the sender is: an active linked person, otherwise a citizen.</summary>
    public async Task<Member> MemberAsync(string lineUserId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking()
            .FirstOrDefaultAsync(p => p.LineUserId == lineUserId && p.RevokedAt == null, cancellationToken);
        return person is null ? Member.Citizen(lineUserId) : Member.Of(person, lineUserId);
    }

    public async Task<Invitation> InviteAsync(
        string name, Role role, IReadOnlyList<string> units, bool integrityOfficer, CancellationToken cancellationToken, string? position = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (role == Role.Citizen)
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Citizens are not invited; anyone is one.");
        }

        var person = new Person
        {
            Name = name.Trim(),
            Role = role,
            Units = Clean(units),
            IsIntegrityOfficer = integrityOfficer,
            Position = Position(position),
            InvitedAt = time.GetUtcNow(),
        };
        db.People.Add(person);
        var (code, expiresAt) = AddCode(person);
        await db.SaveChangesAsync(cancellationToken);
        return new Invitation(person, code, expiresAt);
    }

    /// <summary>A fresh code for someone already named (a new phone, a lost code); earlier unused codes stop working.</summary>
    public async Task<Invitation?> ReinviteAsync(int personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.RevokedAt == null, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        foreach (var earlier in await db.LinkCodes.Where(c => c.PersonId == personId && c.UsedAt == null && c.ExpiresAt > now).ToListAsync(cancellationToken))
        {
            earlier.ExpiresAt = now;
        }

        var (code, expiresAt) = AddCode(person);
        await db.SaveChangesAsync(cancellationToken);
        return new Invitation(person, code, expiresAt);
    }

    /// <summary>
    /// Links <paramref name="lineUserId"/> to the code's person. Spending the code, linking the account and moving it
    /// from anyone it was linked to before is one save, guarded by the code's <see cref="LinkCode.UsedAt"/>: of two
    /// accounts sending the same code at once exactly one wins. Sending the code again from the account it linked
    /// answers as the first time did, so a message handled twice links once.
    /// </summary>
    public async Task<LinkResult> LinkAsync(string lineUserId, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - FailureWindow;
        var failures = await db.LinkFailures.Where(f => f.LineUserId == lineUserId && f.At > since)
            .OrderBy(f => f.At).Select(f => f.At).ToListAsync(cancellationToken);
        if (failures.Count >= MaxFailures)
        {
            return new LinkResult.Throttled(failures[^MaxFailures] + FailureWindow);
        }

        var hash = Hash(code);
        var found = await db.LinkCodes.Include(c => c.Person).SingleOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        if (found is { UsedAt: not null, Person: { RevokedAt: null } linked } && linked.LineUserId == lineUserId)
        {
            return new LinkResult.Linked(linked);
        }

        LinkResult? refused = found switch
        {
            null or { Person.RevokedAt: not null } => new LinkResult.WrongCode(),
            { UsedAt: not null } => new LinkResult.AlreadyUsed(),
            _ when found.ExpiresAt <= now => new LinkResult.Expired(),
            _ => null,
        };
        if (refused is null)
        {
            refused = await TryLinkAsync(found!, lineUserId, now, cancellationToken);
        }

        if (refused is not null)
        {
            db.LinkFailures.Add(new LinkFailure { LineUserId = lineUserId, At = now });
            await db.SaveChangesAsync(cancellationToken);
            return refused;
        }

        return new LinkResult.Linked(found!.Person);
    }

    private async Task<LinkResult?> TryLinkAsync(LinkCode code, string lineUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var other in await db.People.Where(p => p.LineUserId == lineUserId && p.Id != code.PersonId).ToListAsync(cancellationToken))
        {
            other.LineUserId = null;
            other.LinkedAt = null;
        }

        code.UsedAt = now;
        code.Person.LineUserId = lineUserId;
        code.Person.LinkedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new LinkResult.AlreadyUsed();
        }
    }

    /// <summary>Everyone who can be reached on LINE now: active and linked.</summary>
    public Task<List<Person>> LinkedAsync(CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.RevokedAt == null && p.LineUserId != null).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<List<Person>> ListAsync(bool includeRevoked, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => includeRevoked || p.RevokedAt == null).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>Changes what is given; the rest stays. Null when there is no such active person.</summary>
    /// <summary>Changes what is given; <paramref name="position"/> empty takes the position away, none leaves it.</summary>
    public async Task<Person?> ChangeAsync(
        int personId, Role? role, IReadOnlyList<string>? units, bool? integrityOfficer, CancellationToken cancellationToken, string? position = null)
    {
        if (role == Role.Citizen)
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Revoke the person instead.");
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.RevokedAt == null, cancellationToken);
        if (person is null)
        {
            return null;
        }

        person.Role = role ?? person.Role;
        person.Units = units is null ? person.Units : Clean(units);
        person.IsIntegrityOfficer = integrityOfficer ?? person.IsIntegrityOfficer;
        person.Position = position is null ? person.Position : Position(position);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    private static string? Position(string? position) => string.IsNullOrWhiteSpace(position) ? null : position.Trim();

    /// <summary>The person's LINE account is a citizen's again; they may link anew with a fresh code.</summary>
    public async Task<Person?> UnlinkAsync(int personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is not null)
        {
            person.LineUserId = null;
            person.LinkedAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }

    /// <summary>No longer one of the organisation's people: unlinked, and their codes no longer work.</summary>
    public async Task<Person?> RevokeAsync(int personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is not null && person.RevokedAt is null)
        {
            person.RevokedAt = time.GetUtcNow();
            person.LineUserId = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }

    /// <summary>
    /// Who receives corruption and misconduct reports: the people flagged as integrity officers; when nobody is, the
    /// managers of สำนักปลัด — the ปลัด heads it — so reports never go unread.
    /// </summary>
    public async Task<List<Person>> IntegrityOfficersAsync(CancellationToken cancellationToken)
    {
        var linked = await db.People.AsNoTracking().Where(p => p.RevokedAt == null && p.LineUserId != null).ToListAsync(cancellationToken);
        var flagged = linked.Where(p => p.IsIntegrityOfficer).ToList();
        return flagged.Count > 0 ? flagged : linked.Where(p => p.Role == Role.Manager && p.Units.Contains(PalatUnit)).ToList();
    }

    /// <summary>สำนักปลัด, the office the ปลัด heads.</summary>
    public const string PalatUnit = "สำนักปลัด";

    /// <summary>Codes are typed by hand: case, spaces, dashes and Thai digits do not matter.</summary>
    public static string Normalize(string code) =>
        new([.. ThaiDigits.ToArabic(code).ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private (string Code, DateTimeOffset ExpiresAt) AddCode(Person person)
    {
        var code = RandomNumberGenerator.GetString(Alphabet, CodeLength);
        var now = time.GetUtcNow();
        var link = new LinkCode { Person = person, CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + CodeLifetime };
        db.LinkCodes.Add(link);
        return (Format(code), link.ExpiresAt);
    }

    /// <summary>"ABCDE-FGHJK": two halves are easier to read out and type.</summary>
    private static string Format(string code) => code[..(CodeLength / 2)] + "-" + code[(CodeLength / 2)..];

    private static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    private static List<string> Clean(IEnumerable<string> units) =>
        [.. units.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal)];
}
