namespace ItaBot.Core.Reports;

/// <summary>A report that cannot be drawn as asked, with the reason in words for the person who asked.</summary>
public sealed class ReportException(string message) : Exception(message);
