namespace ItaBot.Core.Measures;

/// <summary>One entry in a measure's history: who recorded what, when, and where the evidence is.</summary>
public sealed class ProgressUpdate
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    /// <summary>The output it advanced (its position), or none for a note on the measure as a whole.</summary>
    public int? OutputPosition { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The name of the person who recorded it, as it is shown on the card.</summary>
    public required string RecordedBy { get; set; }

    /// <summary>The person who recorded it in the bot; none for history that came with an imported plan.</summary>
    public int? PersonId { get; set; }

    /// <summary>The status a person set with this entry, its <see cref="Text"/> being the reason.</summary>
    public MeasureStatus? SetStatus { get; set; }

    public required string Text { get; set; }

    /// <summary>How much the output's count went up with this update, if it counted anything.</summary>
    public int? Amount { get; set; }

    /// <summary>Where the evidence is kept: a document number, a link, a stored photo.</summary>
    public string? EvidenceReference { get; set; }

    /// <summary>The photo sent as evidence, kept in the database (LINE keeps message content only for a while).</summary>
    public Guid? EvidenceFileId { get; set; }
}
