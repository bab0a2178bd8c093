namespace ItaBot.Core.People;

/// <summary>
/// Configuration section <c>Roles</c>: the LINE user ids of staff, managers and admins. A stand-in until people link
/// their own accounts; anyone not listed is a citizen.
/// </summary>
public sealed class RolesOptions
{
    public const string Section = "Roles";

    public List<string> Staff { get; set; } = [];

    public List<string> Managers { get; set; } = [];

    public List<string> Admins { get; set; } = [];

    /// <summary>The highest role the user is listed under.</summary>
    public Role RoleOf(string userId) =>
        Admins.Contains(userId) ? Role.Admin
        : Managers.Contains(userId) ? Role.Manager
        : Staff.Contains(userId) ? Role.Staff
        : Role.Citizen;
}
