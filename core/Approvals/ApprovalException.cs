namespace ItaBot.Core.Approvals;

/// <summary>A step of the approval chain that cannot be taken, with the reason in Thai for the person who tried.</summary>
public sealed class ApprovalException(string message) : Exception(message);
