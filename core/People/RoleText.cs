namespace ItaBot.Core.People;

public static class RoleText
{
    public static string Thai(this Role role) => role switch
    {
        Role.Citizen => "ประชาชน",
        Role.Staff => "เจ้าหน้าที่",
        Role.Manager => "ผู้บริหาร",
        Role.Admin => "ผู้ดูแลระบบ",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>"staff", "manager", "admin", "citizen" as the command line writes them, or their Thai names.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        var word = text?.Trim() ?? "";
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (candidate.ToString().Equals(word, StringComparison.OrdinalIgnoreCase) || candidate.Thai() == word)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
