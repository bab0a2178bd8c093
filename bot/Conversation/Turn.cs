using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>One message from a person: who sent it, in which role, and what they wrote.</summary>
public sealed record Turn(string UserId, Role Role, string Text);
