namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>The complaint just rated, waiting for an optional comment.</summary>
public sealed class RateComplaintState
{
    public required string Number { get; set; }

    public int Rating { get; set; }

    public string? Comment { get; set; }
}
