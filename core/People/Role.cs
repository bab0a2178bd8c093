namespace ItaBot.Core.People;

/// <summary>Who is talking to the bot. Anyone is a citizen; the others are people the organisation has named.</summary>
public enum Role
{
    Citizen,
    Staff,
    Manager,
    Admin,
}
