namespace ItaBot.Core.Complaints;

/// <summary>What a citizen has said about a complaint before confirming it.</summary>
public sealed record ComplaintDraft(
    ComplaintKind Kind, string Description, IReadOnlyList<Guid> PhotoIds, string? Place, double? Latitude, double? Longitude, string? Phone, bool IsAnonymous);
