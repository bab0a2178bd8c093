using ItaBot.Core.Complaints;

namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>What the handling dialog has collected so far.</summary>
public sealed class HandleComplaintState
{
    public required string Number { get; set; }

    public ComplaintStatus Current { get; set; }

    public bool IsAnonymous { get; set; }

    public ComplaintStatus? Status { get; set; }

    public string? Note { get; set; }
}
