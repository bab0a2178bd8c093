namespace ItaBot.Core.Complaints;

/// <summary>The last sequence number given in a Buddhist-era year; two complaints filed at once cannot take the same one.</summary>
public sealed class ComplaintCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
