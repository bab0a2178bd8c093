namespace ItaBot.Core.Complaints;

/// <summary>A kind of complaint a citizen can choose, and the unit it goes to.</summary>
public sealed class ComplaintKind
{
    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public ComplaintCategory Category { get; set; }
}
