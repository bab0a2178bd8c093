namespace ItaBot.Core.Reports;

/// <summary>A report that cannot be drawn as asked, with the reason in words for the person who asked.</summary>
public sealed class ReportException(string message) : Exception(message)
{
    /// <summary>The Thai half of a "Thai / English" message: what a chat answer says.</summary>
    public string InThai => Message.Split(" / ")[0];
}
