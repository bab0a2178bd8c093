using ItaBot.Core.Complaints;

namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>What the handling dialog has collected so far.</summary>
public sealed class HandleComplaintState
{
    public required string Number { get; set; }

    public ComplaintStatus Current { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>The filer named themselves but erased their data since: nobody can be told.</summary>
    public bool IsErased { get; set; }

    public ComplaintStatus? Status { get; set; }

    public string? Note { get; set; }
}
