namespace ItaBot.Core.People;

/// <summary>
/// Someone the organisation has named — staff, a manager or an administrator — and, once they have linked it, their
/// LINE account. Anyone not linked to an active person talks to the bot as a citizen.
/// </summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public Role Role { get; set; }

    /// <summary>The units (กองคลัง, สำนักปลัด …) the person works in; what they may update and are reminded of.</summary>
    public List<string> Units { get; set; } = [];

    /// <summary>ตำแหน่ง (หัวหน้าสำนักปลัด, ปลัดเทศบาล …): where the person stands in a report's approval chain, and how it is signed.</summary>
    public string? Position { get; set; }

    /// <summary>Receives corruption and misconduct reports (ปลัด by default, see <see cref="PeopleDirectory.IntegrityOfficersAsync"/>).</summary>
    public bool IsIntegrityOfficer { get; set; }

    /// <summary>The LINE user id, from the moment the person sends their code until they are unlinked or revoked.</summary>
    public string? LineUserId { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    public DateTimeOffset? LinkedAt { get; set; }

    /// <summary>Set when an administrator revokes the person: they are a citizen again at once, their history stays.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
