namespace ItaBot.Bot.Dialogs.Measures;

/// <summary>What the update dialog has collected so far; kept as JSON on the person's dialog stack.</summary>
public sealed class UpdateMeasureState
{
    public int MeasureId { get; set; }

    public int Number { get; set; }

    /// <summary>The measure's outputs as they were when the dialog started, to ask about and summarise.</summary>
    public List<OutputOption> Outputs { get; set; } = [];

    public int? OutputPosition { get; set; }

    public string? Done { get; set; }

    public int? Amount { get; set; }

    public string? Note { get; set; }

    public Guid? PhotoId { get; set; }

    public OutputOption? Output => Outputs.FirstOrDefault(o => o.Position == OutputPosition);
}

public sealed record OutputOption(int Position, string Label, int? Target, string? Unit, int Actual)
{
    /// <summary>Progress on it is counted: it has a target or a unit to count in.</summary>
    public bool IsCounted => Target is not null || Unit is not null;
}
