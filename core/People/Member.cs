namespace ItaBot.Core.People;

/// <summary>
/// The sender of a message as the bot sees them: their chat id, their role, and who they are when the organisation
/// has named them. A citizen is anyone else.
/// </summary>
public sealed record Member(string UserId, Role Role, int? PersonId, string? Name, IReadOnlyList<string> Units, bool IsIntegrityOfficer)
{
    public static Member Citizen(string userId) => new(userId, Role.Citizen, null, null, [], false);

    public static Member Of(Person person, string userId) =>
        new(userId, person.Role, person.Id, person.Name, person.Units, person.IsIntegrityOfficer);

    public bool IsStaff => Role != Role.Citizen;

    /// <summary>Managers and administrators act for the whole organisation; staff for their own units.</summary>
    public bool ActsForWholeOrganization => Role is Role.Manager or Role.Admin;

    /// <summary>May record progress on work these units are responsible for.</summary>
    public bool MayUpdate(IEnumerable<string> responsibleUnits) =>
        ActsForWholeOrganization || (Role == Role.Staff && responsibleUnits.Any(unit => Units.Contains(unit)));
}
