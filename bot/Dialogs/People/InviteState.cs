using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs.People;

/// <summary>The person an administrator is naming.</summary>
public sealed class InviteState
{
    public string? Name { get; set; }

    public Role Role { get; set; }

    public List<string> Units { get; set; } = [];
}
