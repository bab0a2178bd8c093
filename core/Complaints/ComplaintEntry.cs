namespace ItaBot.Core.Complaints;

/// <summary>One step in a complaint's history: the status it moved to, when, by whom, and what was said.</summary>
public sealed class ComplaintEntry
{
    public int Id { get; set; }

    public int ComplaintId { get; set; }

    public DateTimeOffset At { get; set; }

    public ComplaintStatus Status { get; set; }

    /// <summary>The note or answer shown to the citizen; for ยุติเรื่อง, the reason.</summary>
    public string? Note { get; set; }

    /// <summary>The unit or person who acted, as the citizen sees it (never the filer).</summary>
    public string? By { get; set; }

    public int? PersonId { get; set; }
}
