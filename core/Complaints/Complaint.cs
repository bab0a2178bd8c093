namespace ItaBot.Core.Complaints;

/// <summary>
/// A complaint (เรื่องร้องเรียน) filed by a citizen, with its tracking number and the date it is promised an answer by.
/// An anonymous complaint keeps no LINE user id at all: only <see cref="FilerKey"/>, a keyed hash that lets the filer
/// track it and nobody read who filed it.
/// </summary>
public sealed class Complaint
{
    /// <summary>The promise of the organisation's measures: every complaint answered within 15 days (seed 003, measure 6).</summary>
    public const int DaysToAnswer = 15;

    public int Id { get; set; }

    /// <summary>"C68-00042": C, the last two digits of the Buddhist-era year it was filed in, that year's five-digit sequence.</summary>
    public required string Number { get; set; }

    /// <summary>The Buddhist-era calendar year the number counts in (พ.ศ. 2568), as citizens read dates.</summary>
    public int Year { get; set; }

    public int Sequence { get; set; }

    /// <summary>The kind chosen: "ไฟฟ้าส่องสว่าง", "ทุจริต/สินบน" …</summary>
    public required string Kind { get; set; }

    public ComplaintCategory Category { get; set; }

    /// <summary>The unit it is routed to; corruption reports go to the integrity officers whatever the unit.</summary>
    public required string Unit { get; set; }

    public required string Description { get; set; }

    public List<Guid> PhotoIds { get; set; } = [];

    public string? Place { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>A contact telephone, normalised to digits (0812345678); never kept for an anonymous complaint.</summary>
    public string? Phone { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>The filer's LINE user id, to tell them when the complaint moves; null when they chose anonymity.</summary>
    public string? FilerUserId { get; set; }

    /// <summary>HMAC-SHA256 of the filer's LINE user id under the organisation's key: "is this mine?" without "whose?".</summary>
    public required string FilerKey { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public DateOnly DueOn { get; set; }

    public ComplaintStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The filer's satisfaction with how it was handled, 1–5, once it is closed.</summary>
    public int? Rating { get; set; }

    /// <summary>What the filer added to their rating, if anything.</summary>
    public string? RatingComment { get; set; }

    /// <summary>Raised on every change: of two staff changing it at once, the later is redone on what the first saved.</summary>
    public int Version { get; set; }

    public List<ComplaintEntry> History { get; } = [];

    /// <summary>Its status as it stood at <paramref name="at"/>, read from its <see cref="History"/> (which must be loaded).</summary>
    public ComplaintStatus StatusAt(DateTimeOffset at) => History.Where(e => e.At <= at).MaxBy(e => e.At)?.Status ?? ComplaintStatus.Received;
}
