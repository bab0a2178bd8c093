namespace ItaBot.Core.Numbering;

/// <summary>
/// The last sequence number given in a series (C for complaints, S for suggestions) in a Buddhist-era year; guarded, so
/// two numbers taken at once are never the same one.
/// </summary>
public sealed class NumberCounter
{
    public required string Series { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
