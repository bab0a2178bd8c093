using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.People;

/// <summary>The person an administrator is naming.</summary>
public sealed class InviteState
{
    public string? Name { get; set; }

    public Role Role { get; set; }

    public List<string> Units { get; set; } = [];

    /// <summary>Those of <see cref="Units"/> no complaint kind or measure names: shown at the confirmation, in case of a typo.</summary>
    public List<string> NewUnits { get; set; } = [];

    public bool IsIntegrityOfficer { get; set; }
}
