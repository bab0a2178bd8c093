using ItaBot.Core.Measures;

namespace ItaBot.Bot.Dialogs.Measures;

/// <summary>What the status dialog has collected so far.</summary>
public sealed class SetMeasureStatusState
{
    public int MeasureId { get; set; }

    public int Number { get; set; }

    public MeasureStatus Current { get; set; }

    public MeasureStatus? Status { get; set; }

    public string? Reason { get; set; }
}
