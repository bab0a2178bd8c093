namespace ItaBot.Bot.Web;

/// <summary>
/// Configuration section <c>Public</c>: the item of the ITA assessment each public page is evidence for, per fiscal
/// year — the numbers change between assessment years (<c>Public:Items:2568:complaints</c> = <c>O26</c>).
/// </summary>
public sealed class PublicOptions
{
    public const string Section = "Public";

    public Dictionary<int, Dictionary<string, string>> Items { get; set; } = [];

    public string? ItemOf(int fiscalYear, string page) =>
        Items.GetValueOrDefault(fiscalYear)?.GetValueOrDefault(page);
}
