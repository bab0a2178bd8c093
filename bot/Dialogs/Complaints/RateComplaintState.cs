namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>The complaint just rated, waiting for an optional comment.</summary>
public sealed class RateComplaintState
{
    public required string Number { get; set; }

    public int Rating { get; set; }

    /// <summary>The rating it replaced, said back so that a second rating never passes silently.</summary>
    public int? Previous { get; set; }

    public string? Comment { get; set; }
}
