namespace ItaBot.Bot.Conversation;

/// <summary>What a person sent in one message, whatever the channel.</summary>
public abstract record TurnInput;

public sealed record TextInput(string Text) : TurnInput;

/// <summary>A photo, fetched from the channel by its message id only when a question asked for one.</summary>
public sealed record PhotoInput(string MessageId) : TurnInput;

/// <summary>Anything else — a sticker, a video, a location, a file: acknowledged, not read.</summary>
public sealed record OtherInput(string Kind) : TurnInput;
