using System.Text.RegularExpressions;

namespace ItaBot.Bot.Tests.Support;

/// <summary>The one-time link codes the bot prints ("K7MQP-3XWHD"), found in what it said.</summary>
public static partial class LinkCodes
{
    public static string In(string said) => Pattern().Match(said).Value;

    [GeneratedRegex("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}")]
    private static partial Regex Pattern();
}
