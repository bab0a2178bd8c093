namespace ItaBot.Core.People;

/// <summary>A person just named, with the code they send to link their LINE account. The code is shown once, never stored.</summary>
public sealed record Invitation(Person Person, string Code, DateTimeOffset ExpiresAt);
