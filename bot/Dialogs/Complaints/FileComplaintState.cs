namespace ItaBot.Bot.Dialogs.Complaints;

/// <summary>What the complaint dialog has collected so far.</summary>
public sealed class FileComplaintState
{
    public string? Kind { get; set; }

    public bool IsCorruption { get; set; }

    public bool IsAnonymous { get; set; }

    public string? Description { get; set; }

    public List<Guid> PhotoIds { get; set; } = [];

    public string? Place { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Phone { get; set; }
}
